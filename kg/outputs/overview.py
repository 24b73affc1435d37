"""What a large graph's page opens as: its concepts gathered in clusters, one node each.

Above OVERVIEW_FROM concepts a page drawn whole is a hairball (labels fit for a few percent of
the concepts) and slow to open, so it opens as an overview: one node per cluster, sized by its
members, which opens in place on a click (templates/overview.js). A cluster is a topic, a heading
of the notes, at the deepest level of the headings that gives at most MOST_CLUSTERS of them: the
notes' own grouping, the one their author chose. Where topics cannot group the concepts (most have
none, as in a vocabulary `kg import` brought in; or even the top level has too many, or fewer than
FEWEST_CLUSTERS groups) the clusters are the classes, which every concept has; where there are
fewer than FEWEST_CLUSTERS of those too, the page is drawn whole, as a smaller one is.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from kg.graph.view import ViewNode, ViewTopic

OVERVIEW_FROM = 1000  # concepts. Drawn whole, a page of 1,000 has room to label 2.6% of them when it
# opens, and opens in 2.6 times its overview's time (benchmarks/bench_viz.py; README, "Benchmarks")
MOST_CLUSTERS = 60  # more labels than this do not fit one screen
FEWEST_CLUSTERS = 4  # fewer groups than this say nothing a class would not
NO_TOPIC = "No topic"


class Cluster(NamedTuple):
    key: str  # a topic's IRI, "class:Tool", or "" for the concepts filed under no topic
    label: str
    members: list[int]  # indices into the page's nodes
    cls: str | None  # the class, for a cluster of one class


class Clusters(NamedTuple):
    kind: str  # "topic" or "class"
    clusters: list[Cluster]


def clusters_of(nodes: list[ViewNode], topics: list[ViewTopic], class_labels: dict[str, str]) -> Clusters | None:
    """The clusters the overview shows: topics at one level of the headings, else classes; None
    where neither groups the concepts (nearly all of one class, with no topics): the page is then
    drawn whole."""
    by_topic = _topic_clusters(nodes, topics)
    if by_topic is not None:
        return Clusters("topic", by_topic)
    members: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        members.setdefault(node.cls, []).append(i)
    if len(members) < FEWEST_CLUSTERS:
        return None
    return Clusters("class", [Cluster("class:" + cls, class_labels.get(cls, cls), found, cls)
                              for cls, found in sorted(members.items(), key=lambda item: class_labels.get(item[0], item[0]))])


def _topic_clusters(nodes: list[ViewNode], topics: list[ViewTopic]) -> list[Cluster] | None:
    """The concepts by topic at the deepest level with at most MOST_CLUSTERS groups; None where
    topics cannot group them."""
    if sum(1 for n in nodes if n.topic) * 2 < len(nodes):
        return None
    by_id = {t.id: t for t in topics}
    paths: dict[str, list[str]] = {}  # a concept's topic -> the topics from the top down to it
    for node in nodes:
        if node.topic not in paths:
            path = [node.topic]
            while (parent := by_id[path[-1]].parent if path[-1] in by_id else "") and parent not in path:
                path.append(parent)
            paths[node.topic] = path[::-1]  # [""] for no topic
    deepest = max(len(p) for p in paths.values())
    chosen = None
    for level in range(deepest):
        at = {p[min(level, len(p) - 1)] for p in paths.values()}
        if len(at) > MOST_CLUSTERS:
            break
        chosen = level
    if chosen is None:
        return None
    members: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        path = paths[node.topic]
        members.setdefault(path[min(chosen, len(path) - 1)], []).append(i)
    if len(members) < FEWEST_CLUSTERS:
        return None
    label = {key: by_id[key].label if key in by_id else NO_TOPIC for key in members}
    twice = {name for name, times in Counter(label.values()).items() if times > 1}
    for key in members:  # "Introduction" under two chapters: say which
        if label[key] in twice and key in by_id and by_id[key].parent in by_id:
            label[key] = f"{by_id[by_id[key].parent].label} › {label[key]}"
    order = sorted(members, key=lambda key: (key == "", label[key].lower(), key))  # no topic last
    return [Cluster(key, label[key], members[key], None) for key in order]

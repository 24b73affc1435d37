"""Studying from the graph: the material of questions (pool), the questions themselves (questions),
when each card comes back (schedule: FSRS, and the progress file in the data folder) and a quiz
session (quiz).

May import: kg.stores, kg.query, kg.graph and what they may; kg.outputs reads its questions for
the Anki deck."""

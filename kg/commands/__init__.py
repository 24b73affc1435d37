"""The bodies of the `kg` commands, one module a group, loaded by cli.py only when that command
runs. Each module imports click and the foundation at the top, everything else inside the
command, so that `kg --help` and `kg show` stay cheap.

May import anything in kg; nothing in kg imports it, or cli.py."""

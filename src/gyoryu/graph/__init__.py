"""The relationship graph: organisations as nodes, typed edges from what the other domains hold
(meetings held or scheduled, outcome stages, news events, shared programs, clusters)."""

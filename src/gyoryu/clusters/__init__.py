"""Clusters: a technology cluster (a place of kind cluster in the directory, its members in
`org_cluster`) as something to work with — who is in it, what they do, how often they are in the
news, whom they met through programs and relations — and cluster-to-cluster matching
(Pangyo Techno Valley ↔ Liangjiang New Area) through matching's own scoring and reasons.

Built on the directory, matching, intel, programs and outcomes; none of them imports it.
"""

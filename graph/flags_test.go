package graph

import "flag"

var updateDoc = flag.Bool("update-doc", false, "rewrite the worked example in docs/skill-graph.md from the code")

import Foundation
import Graphviz
import Testing

/// A graph touching every part of the model: graph, node and edge defaults,
/// a cluster with its own defaults, plain and HTML labels, a tooltip and a link.
private let claims = Graph(
  name: "claims",
  attributes: [.rankdir: "LR", .label: "Case: \"Minister\" & press"],
  nodeDefaults: [.shape: "box", .fontname: "Helvetica"],
  edgeDefaults: [.color: "gray40"],
  nodes: [
    Node("person:minister", attributes: [.label: "Minister", .tooltip: #"said \N"#]),
    Node(
      "claim:1",
      attributes: [
        .label: .label(
          .html(
            .table(
              HTMLTable(
                rows: [
                  HTMLRow([HTMLCell(.bold(["Claim"]))]),
                  HTMLRow([HTMLCell("<unverified> & denied")]),
                ],
                border: 0))))
      ]),
  ],
  subgraphs: [
    Subgraph(
      name: "outlets", attributes: [.label: "Outlets", .style: "rounded"],
      nodeDefaults: [.shape: "note"],
      nodes: [
        Node("outlet:reuters", attributes: [.label: "Reuters", .url: "https://www.reuters.com/"])
      ])
  ],
  edges: [
    Edge(from: "person:minister", to: "claim:1", attributes: [.label: "said", .style: "bold"]),
    Edge(from: "outlet:reuters", to: "person:minister", attributes: [.label: "cited"]),
  ])

@Suite struct DOTSourceTests {
  @Test func matchesTheReviewedDOT() throws {
    #expect(try claims.dotSource() == expectedDOT)
  }

  @Test func attributeOrderDoesNotMatter() throws {
    var reordered = claims
    reordered.attributes = [:]
    reordered.attributes[.label] = claims.attributes[.label]
    reordered.attributes[.rankdir] = claims.attributes[.rankdir]
    reordered.nodeDefaults = Attributes(uniqueKeysWithValues: claims.nodeDefaults.reversed())
    #expect(try reordered.dotSource() == claims.dotSource())
  }

  @Test func renderedDOTIsStableToo() throws {
    let first = try claims.render(.dot, layout: .dot).data
    for _ in 0..<3 {
      #expect(try claims.render(.dot, layout: .dot).data == first)
    }
  }
}

/// Reviewed output of `claims.dotSource()`; cgraph writes subgraphs before
/// the root's own nodes.
private let expectedDOT = """
  digraph claims {
  	graph [label="Case: &quot;Minister&quot; &amp; press",
  		rankdir=LR
  	];
  	node [fontname=Helvetica,
  		label="\\N",
  		shape=box
  	];
  	edge [color=gray40];
  	subgraph cluster_outlets {
  		graph [label=Outlets,
  			style=rounded
  		];
  		node [shape=note];
  		"outlet:reuters"	[URL="https://www.reuters.com/",
  			label=Reuters,
  			shape=note];
  	}
  	"person:minister"	[label=Minister,
  		tooltip="said \\\\\\\\N"];
  	"claim:1"	[label=<<TABLE BORDER="0"><TR><TD><B>Claim</B></TD></TR><TR><TD>&lt;unverified&gt; &amp; denied</TD></TR></TABLE>>];
  	"person:minister" -> "claim:1"	[label=said,
  		style=bold];
  	"outlet:reuters" -> "person:minister"	[label=cited];
  }

  """

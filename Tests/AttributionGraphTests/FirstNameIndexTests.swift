import Testing

@testable import AttributionGraph

@Suite("People of one surname, filed by first name")
struct FirstNameIndexTests {
  /// First-name keys of both kinds of variant (a vowel changed, one letter edited), initials,
  /// an empty key and none at all.
  static let firstKeys: [String?] = [
    "hillary", nil, "bill", "b", "h", "hilary", "william", "wiliam", "donald", "d", "", "barack", "barak",
    "michelle", "mishelle", "m", "william", nil, "andrii", "andriy", "andrei", "oleksandr", "oleksander", "w",
  ].map { $0.map { NameKey.key($0) } }

  @Test("a first name's candidates are every filed record it may name, in filing order, each once")
  func candidatesAreComplete() {
    var index = FirstNameIndex()
    for (record, key) in Self.firstKeys.enumerated() { index.file(record, firstKey: key) }
    #expect(index.filed == Self.firstKeys.count)
    #expect(index.candidates(firstKey: nil) == nil)
    var narrowed = 0
    for query in Self.firstKeys + ["bil", "x", "hillery", "donold"].map({ NameKey.key($0) }) {
      guard let query else { continue }
      let found = index.candidates(firstKey: query)!
      let expected = Self.firstKeys.indices.filter { GraphAssembly.sameFirstName(Self.firstKeys[$0], query) }
      #expect(Set(expected).isSubset(of: found), "\(query)")
      #expect(found == found.sorted() && Set(found).count == found.count, "\(query)")
      // The first candidate that matches is the first record a scan of all would find.
      #expect(found.first { GraphAssembly.sameFirstName(Self.firstKeys[$0], query) } == expected.first, "\(query)")
      if found.count < Self.firstKeys.count / 2 { narrowed += 1 }
    }
    // The index narrows: most names are compared with a few records, not with all.
    #expect(narrowed > Self.firstKeys.count / 2)
  }

  @Test("records filed later are found after earlier ones")
  func filingOrder() {
    var index = FirstNameIndex()
    index.file(0, firstKey: NameKey.key("William"))
    #expect(index.candidates(firstKey: NameKey.key("Wiliam")) == [0])
    index.file(1, firstKey: nil)
    index.file(2, firstKey: "w")
    #expect(index.candidates(firstKey: NameKey.key("Wiliam")) == [0, 1, 2])
    #expect(index.candidates(firstKey: "w") == [0, 1, 2])
    #expect(index.candidates(firstKey: NameKey.key("Hillary")) == [1])
  }

  @Test("in a case with many people of one surname, each name still finds its own person")
  func manyOfOneSurname() {
    let firstNames = ["Anna", "Boris", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hector", "Irina", "Jonas"]
    var sentences = firstNames.enumerated().map { "\($1) Kowalski said item \($0) was sold." }
    // Later mentions: a first name's variant, an initial, and the full name again.
    sentences += ["Elana Kowalski said the auction closed.", "B. Kowalski said prices rose.", "Jonas Kowalski said bids fell."]
    var a = Article("a", outlet: "Wire", sentences)
    for (number, first) in firstNames.enumerated() {
      a.attribute("\(first) Kowalski", "said", "item \(number) was sold", in: sentences[number])
    }
    a.attribute("Elana Kowalski", "said", "the auction closed", in: "Elana Kowalski said the auction closed.")
    a.attribute("B. Kowalski", "said", "prices rose", in: "B. Kowalski said prices rose.")
    a.attribute("Jonas Kowalski", "said", "bids fell", in: "Jonas Kowalski said bids fell.")
    let g = graph([a])
    #expect(g.people().count == firstNames.count)
    func speaker(of claim: String) -> String? {
      let node = g.nodes(of: .claim).first { $0.label == claim }
      return g.edges.first { $0.kind == .said && $0.to == node?.id }?.from
    }
    #expect(speaker(of: "the auction closed") == "person:elena-kowalski")
    #expect(speaker(of: "prices rose") == "person:boris-kowalski")
    #expect(speaker(of: "bids fell") == "person:jonas-kowalski")
  }
}

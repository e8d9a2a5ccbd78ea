import Foundation
import Testing

@testable import AttributionLexicon

@Suite("Word lists as data")
struct WordListTests {
  @Test("every list is read, non-empty, lower-case where it is words, and with the fields its rows need")
  func everyListReads() {
    for list in WordList.allCases {
      #expect(!list.rows.isEmpty, "\(list.fileName) is empty")
      let fields = WordList.fieldCounts[list] ?? 1
      #expect(list.rows.allSatisfy { $0.count == fields }, "\(list.fileName)")
    }
    for list in WordList.allCases where list != .gazetteerSpellings && list != .newsOutlets {
      for entry in list.entries {
        #expect(entry == entry.lowercased(), "\(list.fileName): \(entry) is not lower-case")
      }
    }
  }

  @Test("a list file's comments and blank lines are left out; its rows keep their order")
  func parsesComments() throws {
    let text = "# A list.\n# Used by nothing.\n\nsecond\tb\nfirst\ta\r\n"
    let rows = try ListFiles.parse(Data(text.utf8), file: "x.tsv", fields: 2)
    #expect(rows == [["second", "b"], ["first", "a"]])
  }

  @Test("a malformed row is an error naming the file and line")
  func malformedRow() {
    let text = "# A list.\nword\textra\n"
    #expect {
      _ = try ListFiles.parse(Data(text.utf8), file: "Lists/x.txt", fields: 1)
    } throws: { error in
      "\(error)" == "Lists/x.txt:2: expected 1 tab-separated field with no surrounding spaces, found 2"
    }
    #expect(throws: ListFileError.self) {
      _ = try ListFiles.parse(Data([0xFF, 0xFE, 0x00]), file: "Lists/x.txt", fields: 1)
    }
    #expect(throws: ListFileError.self) {
      _ = try ListFiles.parse(Data(" padded\n".utf8), file: "Lists/x.txt", fields: 1)
    }
  }

  @Test("a missing list file is an error naming it")
  func missingFile() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-lists-\(UUID())")
    #expect {
      _ = try ListFiles(directory: empty)
    } throws: { error in
      "\(error)".contains("no-lists-") && "\(error)".hasSuffix(".txt: the word list is missing or unreadable")
        || "\(error)".hasSuffix(".tsv: the word list is missing or unreadable")
    }
  }

  @Test("every file in Lists/ is a list the library names, so none is dead")
  func noUnnamedFiles() throws {
    let directory = Bundle.module.resourceURL!.appendingPathComponent("Lists")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(Set(files) == Set(WordList.allCases.map(\.fileName)))
  }

  @Test("cue verbs name attribution kinds")
  func cueVerbKinds() {
    let kinds = Set(WordList.cueVerbs.rows.map { $0[1] })
    #expect(kinds == ["said", "confirmed", "cited", "denied"])
    #expect(WordList.cueVerbs.dictionary["confirmed"] == "confirmed")
    #expect(WordList.cueVerbs.dictionary["told"] == "said")
    // A rebuke rejects what it is about ("experts rebuke Trump proposal").
    #expect(WordList.cueVerbs.dictionary["rebuked"] == "denied")
    #expect(WordList.cueVerbs.dictionary["criticized"] != "denied")
  }
}

@Suite("The gazetteer")
struct GazetteerTests {
  @Test("every row has a known kind, and an affiliation unless it is part of a name")
  func rowsAreWellFormed() {
    for row in WordList.gazetteerAffiliations.rows {
      let kind = Gazetteer.Kind(rawValue: row[2])
      #expect(kind != nil, "unknown kind \(row[2]) for \(row[0])")
      #expect((kind == .part) == row[1].isEmpty, "\(row[0])")
    }
  }

  @Test("the states are the affiliations; parts of names affiliate to nothing")
  func states() {
    let gazetteer = Gazetteer.standard
    #expect(gazetteer.states.isSuperset(of: ["Ukraine", "US", "Russia", "North Korea", "NATO"]))
    #expect(!gazetteer.affiliations.contains { $0.phrase == "korean" })
    #expect(gazetteer.places.contains { $0.phrase == "korean" && $0.kind == .part })
  }

  @Test("kinds decide how a phrase affiliates")
  func kinds() {
    #expect(Gazetteer.Kind.country.namesSubjectMatter)
    #expect(!Gazetteer.Kind.initials.namesSubjectMatter)
    #expect(!Gazetteer.Kind.seat.standsForGovernment)
    #expect(Gazetteer.Kind.capital.standsForGovernment)
  }

  @Test("a case's own places are tried first")
  func caseExtension() {
    let kursk = Gazetteer.Place(phrase: "kursk", affiliation: "Russia", kind: .capital)
    let extended = Gazetteer.standard.adding([kursk])
    #expect(extended.places.first == kursk)
    #expect(extended.places.count == Gazetteer.standard.places.count + 1)
  }
}

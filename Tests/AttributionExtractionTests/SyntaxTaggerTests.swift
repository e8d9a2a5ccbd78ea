@testable @_spi(Training) import AttributionExtraction
import AttributionDocuments
import Foundation
import Testing

@Suite("The syntax taggers the model learns from spaCy's tags")
struct SyntaxTaggerTests {
  /// The shipped model's part of speech and dependency label of each word of `text`.
  func tags(_ text: String) throws -> [(word: String, partOfSpeech: String, dependency: String)] {
    let syntax = try #require(AttributionModel.bundled?.syntax)
    let analyzed = AnalyzedText(document: Document(id: "t", text: text))
    let tagged = syntax.tags(of: analyzed)
    return analyzed.tokens.indices.map {
      (
        analyzed.tokens[$0].text, SyntaxTagger.partsOfSpeech[Int(tagged.partOfSpeech[$0])],
        SyntaxTagger.dependencies[Int(tagged.dependency[$0])]
      )
    }
  }

  @Test func theShippedModelTellsAVerbCueFromTheSameWordAsANoun() throws {
    let verb = try tags("The senator said she would support the plan.")
    let noun = try tags("Their support for the plan was clear.")
    #expect(verb.first { $0.word == "support" }?.partOfSpeech == "VB")
    #expect(verb.first { $0.word == "said" }?.partOfSpeech == "VBD")
    #expect(noun.first { $0.word == "support" }?.partOfSpeech == "NN")
  }

  @Test func theShippedModelFindsSubjectsAndClausalComplements() throws {
    let said = try tags("Ukraine's defense minister said that the troops had arrived in Kursk.")
    #expect(said.first { $0.word == "minister" }?.dependency == "nsubj")
    #expect(said.first { $0.word == "said" }?.dependency == "ROOT")
    #expect(said.first { $0.word == "that" }?.dependency == "mark")
    #expect(said.first { $0.word == "troops" }?.partOfSpeech == "NNS")
    let confirmed = try tags("The Pentagon confirmed that North Korean soldiers were fighting.")
    #expect(confirmed.first { $0.word == "Pentagon" }?.dependency == "nsubj")
    #expect(confirmed.first { $0.word == "soldiers" }?.dependency == "nsubj")
    #expect(confirmed.first { $0.word == "fighting" }?.dependency == "ccomp")
  }

  @Test func pennTreebankTagsAndLabelsMapToTheirClasses() {
    #expect(SyntaxTagger.partsOfSpeech[SyntaxTagger.partOfSpeech("NNPS")] == "NNP")
    #expect(SyntaxTagger.partsOfSpeech[SyntaxTagger.partOfSpeech("WRB")] == "WH")
    #expect(SyntaxTagger.partsOfSpeech[SyntaxTagger.partOfSpeech("VBZ")] == "VBZ")
    #expect(SyntaxTagger.partOfSpeech("no such tag") == 0)
    #expect(SyntaxTagger.dependencies[SyntaxTagger.dependency("csubjpass")] == "csubj")
    #expect(SyntaxTagger.dependency("no such label") == 0)
  }

  @Test func silverTokensAlignByTheirFirstCharacter() {
    // spaCy splits "don't" into "do" and "n't"; the tokenizer may not: the token takes the class
    // of the silver token its first character falls in.
    let analyzed = AnalyzedText(document: Document(id: "t", text: "They don't know."))
    let silver = [
      SilverToken(span: TextSpan(0, 4), partOfSpeech: "PRP", dependency: "nsubj"),
      SilverToken(span: TextSpan(5, 7), partOfSpeech: "VBP", dependency: "aux"),
      SilverToken(span: TextSpan(7, 10), partOfSpeech: "RB", dependency: "neg"),
      SilverToken(span: TextSpan(11, 15), partOfSpeech: "VB", dependency: "ROOT"),
      SilverToken(span: TextSpan(15, 16), partOfSpeech: ".", dependency: "punct"),
    ]
    let (partOfSpeech, dependency) = ModelTraining.silverClasses(silver, analyzed.tokens)
    let know = analyzed.tokens.firstIndex { $0.text == "know" }!
    #expect(partOfSpeech[0].map { SyntaxTagger.partsOfSpeech[Int($0)] } == "PRP")
    #expect(partOfSpeech[know].map { SyntaxTagger.partsOfSpeech[Int($0)] } == "VB")
    #expect(dependency[know].map { SyntaxTagger.dependencies[Int($0)] } == "ROOT")
  }

  @Test func trainingWithSilverTagsShipsSyntaxTaggersThatLearnedThem() throws {
    let text = "Maria vorpled the talks had stalled. "
    let silver = [
      SilverToken(span: TextSpan(0, 5), partOfSpeech: "NNP", dependency: "nsubj"),
      SilverToken(span: TextSpan(6, 13), partOfSpeech: "VBD", dependency: "ROOT"),
      SilverToken(span: TextSpan(14, 17), partOfSpeech: "DT", dependency: "det"),
      SilverToken(span: TextSpan(18, 23), partOfSpeech: "NNS", dependency: "nsubj"),
      SilverToken(span: TextSpan(24, 27), partOfSpeech: "VBD", dependency: "aux"),
      SilverToken(span: TextSpan(28, 35), partOfSpeech: "VBN", dependency: "ccomp"),
      SilverToken(span: TextSpan(35, 36), partOfSpeech: ".", dependency: "punct"),
    ]
    let documents = (0..<3).map { index in
      TrainingDocument(
        document: Document(id: "d\(index)", text: text),
        attributions: [
          TrainingAttribution(source: [TextSpan(0, 5)], cue: [TextSpan(6, 13)], content: [TextSpan(14, 35)])
        ], silver: silver)
    }
    let data = ModelTraining.train(documents, epochs: 3, seed: 1) { _ in }
    let agreement = try #require(ModelTraining.syntaxAgreement(modelData: data, documents: documents))
    #expect(agreement.partOfSpeech == 1)
    #expect(agreement.dependency == 1)
    let plain = ModelTraining.train(documents.map { TrainingDocument(document: $0.document, attributions: $0.attributions) }, epochs: 3, seed: 1) { _ in }
    #expect(ModelTraining.syntaxAgreement(modelData: plain, documents: documents) == nil)
  }

  @Test func aModelFileCutInsideItsSyntaxTaggersIsRefused() throws {
    let data = try #require(AttributionModel.bundled?.data)
    #expect(AttributionModel(data: data) != nil)
    #expect(AttributionModel(data: data.prefix(data.count - 10)) == nil)
    #expect(AttributionModel(data: data + Data([1, 2, 3, 4])) == nil)
    // Cut right after the attribution taggers: an "AGM2" file without its syntax taggers.
    let model = try #require(AttributionModel(data: data))
    var withoutSyntax = model
    withoutSyntax.syntax = nil
    let attributionPart = withoutSyntax.data
    var cut = data.prefix(attributionPart.count)
    #expect(AttributionModel(data: cut) == nil)
    // The same bytes marked as a model without syntax taggers ("AGM1") load, without them.
    cut.replaceSubrange(cut.startIndex..<cut.startIndex + 4, with: attributionPart.prefix(4))
    #expect(AttributionModel(data: cut)?.syntax == nil)
    #expect(AttributionModel(data: cut) != nil)
  }
}

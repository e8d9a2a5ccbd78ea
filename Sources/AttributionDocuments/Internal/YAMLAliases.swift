/// Refuses YAML aliases before the text is composed.
///
/// An alias repeats an anchored node wherever it is used, so ten levels of aliases to lists of
/// ten aliases stand for ten billion nodes; used as a mapping key, Yams hashes every one of
/// them before any check of ours can run (a ten-line case file took hours). Case files, front
/// matter and gold files never need to repeat a node, so an alias of a defined anchor is an
/// error at its line.
///
/// The scan reads every `&name` and `*name` that opens a node (at a line's start, after a
/// space, `[`, `{` or `,`), names as libyaml reads them (letters, digits, `_`, `-`). It does not
/// try to tell quoted text from plain: hostile text could make it misjudge a quote, and a
/// `*word` is only refused when an anchor `&word` was defined, which plain prose never does.
enum YAMLAliases {
  /// The 0-based line of the first alias of a defined anchor in `yaml`, or nil.
  static func firstAlias(in yaml: String) -> Int? {
    var anchors: Set<Substring> = []
    for (number, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var previous: Character = " "
      var index = line.startIndex
      while index < line.endIndex {
        let character = line[index]
        let next = line.index(after: index)
        defer {
          previous = character
          index = next
        }
        guard character == "&" || character == "*", previous.isWhitespace || "[{,".contains(previous)
        else { continue }
        let end = line[next...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") } ?? line.endIndex
        let name = line[next..<end]
        guard !name.isEmpty else { continue }
        if character == "&" {
          anchors.insert(name)
        } else if anchors.contains(name) {
          return number
        }
      }
    }
    return nil
  }
}

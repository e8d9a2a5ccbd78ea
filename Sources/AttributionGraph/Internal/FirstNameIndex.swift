/// The people of one surname (the records ``GraphAssembly/records(withSurname:)`` finds for a
/// key) filed by first name, so that a new name is compared with the few records whose first
/// name may be its own (``GraphAssembly/sameFirstName(_:_:)``), not with every person of the
/// surname: a corpus of a million statements brings thousands of people to a common surname.
///
/// Records are filed in the order of the surname's list, which only grows at its end, and a
/// look-up answers in that order, so it finds the record a scan of the whole list would.
struct FirstNameIndex {
  /// How many of the surname's records are filed.
  private(set) var filed = 0
  /// Records without a first name: they may be anyone of the surname.
  private var withoutFirstName: [Int] = []
  /// Records by the first letter of their first name (an initial or a whole name): what an
  /// initial may stand for.
  private var byLetter: [Character: [Int]] = [:]
  /// Records whose first name is an initial, by that letter.
  private var initials: [Character: [Int]] = [:]
  /// Records with a whole first name, under each of its variant probes
  /// (``NameKey/variantProbes(_:)``): a first name's variants are among its probes' records.
  private var byProbe: [String: [Int]] = [:]

  /// Files the surname's next record, whose first-name key is `firstKey`.
  mutating func file(_ record: Int, firstKey: String?) {
    filed += 1
    guard let firstKey else {
      withoutFirstName.append(record)
      return
    }
    if let letter = firstKey.first { byLetter[letter, default: []].append(record) }
    if firstKey.count == 1, let letter = firstKey.first {
      initials[letter, default: []].append(record)
    } else {
      for probe in NameKey.variantProbes(firstKey) { byProbe[probe, default: []].append(record) }
    }
  }

  /// The filed records that may share the first name `firstKey`, in filing order, each once: a
  /// superset of those ``GraphAssembly/sameFirstName(_:_:)`` accepts; nil when every record may
  /// (a name without a first name).
  func candidates(firstKey: String?) -> [Int]? {
    guard let firstKey else { return nil }
    var found = withoutFirstName
    if firstKey.count == 1, let letter = firstKey.first {
      found += byLetter[letter] ?? []
    } else {
      if let letter = firstKey.first { found += initials[letter] ?? [] }
      for probe in NameKey.variantProbes(firstKey) { found += byProbe[probe] ?? [] }
    }
    found.sort()
    var unique: [Int] = []
    unique.reserveCapacity(found.count)
    for record in found where record != unique.last { unique.append(record) }
    return unique
  }
}

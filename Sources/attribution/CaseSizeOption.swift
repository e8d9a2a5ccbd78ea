import ArgumentParser
import AttributionDocuments

/// `--max-case-mb N`: the most article text one case folder may hold. The default keeps a case
/// within a laptop's memory (the graph stage needs about 35 times its input); a researcher
/// with the memory can take a larger corpus as one case.
struct CaseSizeOption: ParsableArguments {
  @Option(
    name: .customLong("max-case-mb"),
    help: ArgumentHelp(
      "The most article text a case folder may hold, in MiB (default \(Case.maximumBytes >> 20); the graph stage needs about 35 times its input in memory).",
      valueName: "MiB"))
  var megabytes: Int = Case.maximumBytes >> 20

  func validate() throws {
    guard (1...(1 << 20)).contains(megabytes) else {
      throw ValidationError("--max-case-mb must be a number of MiB from 1 to 1048576")
    }
  }

  /// The limit in bytes.
  var bytes: Int { megabytes << 20 }
}

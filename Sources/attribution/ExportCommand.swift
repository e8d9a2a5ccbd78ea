import ArgumentParser
import AttributionExport
import AttributionExtraction
import AttributionGraph
import Foundation

/// `attribution export`: writes a case's attribution graph as JSON, GraphML or PROV-O JSON-LD.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a case's attribution graph as JSON, GraphML or W3C PROV-O (JSON-LD).",
    discussion: """
      The format comes from --format, else from the output file's extension (.json, .graphml, \
      .jsonld), else JSON. A file is written atomically: to a temporary file in the same folder, \
      then renamed. Articles that cannot be read are reported and left out (use --strict to fail \
      instead).
      """)

  @Argument(help: "The case folder (articles/ and an optional case.yaml).")
  var caseDirectory: String

  @Option(help: "The format; by default the output file's extension decides, else json.")
  var format: ExportFormat?

  @Option(name: .shortAndLong, help: "The output file; standard output when omitted.")
  var output: String?

  @Flag(help: "Fail, writing nothing, when any article cannot be read.")
  var strict = false

  func validate() throws {
    if format == nil, let output, ExportFormat(fileExtension: outputExtension(output)) == nil {
      throw ValidationError(
        "cannot tell the format from '\(output)'; use --format json|graphml|prov or a .json, .graphml or .jsonld file"
      )
    }
  }

  func run() throws {
    let exportFormat =
      format ?? output.flatMap { ExportFormat(fileExtension: outputExtension($0)) } ?? .json
    let aCase = try Case.read(directory: URL(fileURLWithPath: caseDirectory))
    for problem in aCase.problems { warn(problem.description) }
    if strict, !aCase.problems.isEmpty {
      throw ValidationError(
        "\(aCase.problems.count) article(s) could not be read; nothing written (--strict)")
    }
    let (graph, warnings) = AttributionGraphBuilder().assemble(aCase)
    for warning in warnings { warn(warning.description) }
    let data = try exportFormat.exporter.export(graph)
    if let output {
      try ExportFile.write(data, to: URL(fileURLWithPath: output))
    } else {
      FileHandle.standardOutput.write(data)
    }
  }

  private func outputExtension(_ path: String) -> String {
    URL(fileURLWithPath: path).pathExtension
  }

  private func warn(_ message: String) {
    FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
  }
}

extension ExportFormat: ExpressibleByArgument {}

import ArgumentParser

@main
struct AttributionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "attribution")
}

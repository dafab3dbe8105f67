import ArgumentParser
struct SummaryCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "summary") }
struct StatusCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "status") }
struct NewReportCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "new-report") }
struct PluginsCommand: ParsableCommand { static let configuration = CommandConfiguration(commandName: "plugins") }

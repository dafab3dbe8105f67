import ArgumentParser
import KomitmenYAML

/// `--lang`, declared once and shared by every command.
struct LanguageOptions: ParsableArguments {
    @Option(help: "The language of messages and labels: \(Language.allValueStrings.joined(separator: " or ")).")
    var lang: Language = .en
}

extension Language: ExpressibleByArgument {}

import ArgumentParser
import KomitmenCore
import KomitmenRegistry
import KomitmenYAML

/// Lists the compiled-in stakeholder plugins and their indicators.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the compiled-in stakeholder plugins and their indicators (--format markdown for docs).",
        discussion: "Menampilkan plugin pemangku kepentingan beserta indikatornya (--format markdown untuk dokumentasi).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    @Option(help: "Output format: \(Format.allValueStrings.joined(separator: " or ")).")
    var format: Format = .text

    @OptionGroup var language: LanguageOptions

    func run() {
        let catalog = PluginCatalog(registry: compiledInPlugins, language: language.lang)
        print(format == .markdown ? catalog.markdown() : catalog.text(), terminator: "")
    }
}

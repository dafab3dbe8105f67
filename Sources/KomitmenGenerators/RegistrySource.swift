/// The text of `Sources/KomitmenRegistry/Registry.swift` for a list of plugin kinds: one import
/// and one entry per `Plugins/<Kind>/` folder, imports in the order `swift format` keeps them. The only copy of this template: `komitmen-generate`
/// writes it and GeneratedFilesTests compares the file on disk with it.
public enum RegistrySource {
    public static let path = "Sources/KomitmenRegistry/Registry.swift"

    /// `kinds` are folder names (`VillageGov`), in the order to list them.
    public static func text(_ kinds: [String]) -> String {
        """
        // Generated from the folders in Plugins/ by komitmen-generate, which `swift package new-stakeholder` runs.
        // Do not edit by hand: GeneratedFilesTests fails when this file does not match Plugins/.

        \((["KomitmenCore"] + kinds.map { "\($0)Stakeholder" }).sorted().map { "import \($0)" }.joined(separator: "\n"))

        /// Every compiled-in stakeholder plugin.
        public let compiledInPlugins = PluginRegistry([
        \(kinds.map { "    \(value($0))," }.joined(separator: "\n"))
        ])

        """
    }

    /// `villageGovStakeholder`: the public value a plugin named `VillageGov` declares.
    public static func value(_ kind: String) -> String {
        kind.prefix(1).lowercased() + kind.dropFirst() + "Stakeholder"
    }
}

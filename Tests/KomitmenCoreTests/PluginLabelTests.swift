import KomitmenCore
import KomitmenRegistry
import KomitmenYAML
import Testing

/// Every text a person sees comes from the plugin in both languages (DESIGN.md, "Stakeholder
/// plugins"): each registered plugin labels every section, field and choice in Indonesian and
/// English, so a new plugin is checked by this suite without a test of its own.
@Suite struct PluginLabelTests {
    @Test(arguments: compiledInPlugins.plugins.map(\.kind))
    func everySectionFieldAndChoiceIsLabelledInBothLanguages(_ kind: String) throws {
        let plugin = try #require(compiledInPlugins.plugin(kind))
        #expect(plugin.blankLabels == [], "\(kind)")
        for section in plugin.sections {
            // A label is words for people, not the YAML key again.
            #expect(section.label.en != section.name, "\(kind): \(section.name)")
            for field in section.fields {
                #expect(field.label.id != field.name, "\(kind): \(section.name).\(field.name)")
            }
        }
    }

    @Test func aBlankLabelIsFoundInEachLanguage() {
        var plugin = compiledInPlugins.plugin("police")!
        plugin.sections[0].label = Phrase(en: "Cases", id: " ")
        plugin.sections[0].fields[1].label = Phrase(en: "", id: "Tahap")
        plugin.sections[0].fields[1].kind = .choice([Choice("report", Phrase(en: "", id: ""))])
        #expect(plugin.blankLabels == ["cases: id", "cases.stage: en", "cases.stage=report: en, id"])
    }

    @Test func policeStagesAreLabelledWithTheirIndonesianNames() throws {
        let stage = try #require(compiledInPlugins.plugin("police")?.section("cases")?.field("stage"))
        #expect(stage.label.text(.id) == "Tahap")
        #expect(stage.choiceLabel("investigation")?.text(.id) == "Penyidikan")
        #expect(stage.choiceLabel("investigation")?.text(.en) == "Investigation")
        #expect(stage.kind.allowedChoices?.map(\.value) == ["report", "investigation", "prosecution", "verdict"])
        #expect(stage.choiceLabel("unknown") == nil)
    }
}

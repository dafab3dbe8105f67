import KomitmenApp
import KomitmenCore
import KomitmenRegistry
import Testing

/// Every catalog phrase has a text in every `Language`: adding a language makes this test list
/// each phrase still to translate, by where it lives.
@Suite struct PhraseCatalogTests {
    /// (where, phrase) for the diagnostic codes' summaries, the plugins' texts and the front ends'.
    static var catalogPhrases: [(String, Phrase)] {
        var phrases = DiagnosticCatalog(registry: compiledInPlugins).entries.map {
            ("\($0.origin) \($0.code.code)", $0.code.summary)
        }
        for plugin in compiledInPlugins.plugins {
            let kind = "plugin " + plugin.kind
            phrases += [(kind + " name", plugin.name), (kind + " description", plugin.description)]
            for indicator in plugin.indicators {
                phrases += [
                    (kind + " " + indicator.id, indicator.label), (kind + " " + indicator.id, indicator.description),
                ]
            }
            for section in plugin.sections {
                phrases.append((kind + " section " + section.name, section.description))
                phrases += section.fields.map { (kind + " field " + $0.name, $0.description) }
                phrases += section.rules.map { (kind + " rule", $0.description) }
            }
        }
        phrases += CommandPhrase.all.map { ("CommandPhrase", $0) }
        phrases.append(("DiagnosticFormatter.hintPrefix", DiagnosticFormatter.hintPrefix))
        return phrases
    }

    @Test(arguments: Language.allCases)
    func everyCatalogPhraseHasTheLanguage(_ language: Language) {
        let missing = Self.catalogPhrases.filter { $0.1.missingLanguages.contains(language) }.map(\.0)
        #expect(missing.isEmpty, "no \(language.rawValue) text for: \(missing.joined(separator: ", "))")
    }

    @Test func aPhraseFallsBackToEnglishAndSaysWhatItLacks() {
        let phrase = Phrase([.en: "only English"])
        #expect(phrase.text(.id) == "only English")
        #expect(phrase.missingLanguages == [.id])
        #expect(Phrase(en: "a", id: " ").missingLanguages == [.id])
        #expect((Phrase(en: "a", id: "b") + phrase).missingLanguages == [.id])
        #expect((Phrase(en: "a", id: "b") + Phrase(verbatim: "!")).text(.id) == "b!")
        #expect(Phrase(en: "a", id: "b").missingLanguages.isEmpty)
    }
}

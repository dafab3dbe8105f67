import KomitmenYAML

/// Runs one suite case through komitmen's YAML layer and says whether the layer did what the
/// suite expects.
enum CaseRunner {
    struct Outcome: Sendable {
        /// Valid case: the events matched `test.event`. Error case: the input was rejected.
        var passed: Bool
        /// What happened, for a failure message.
        var detail: String
    }

    static func run(_ suiteCase: SuiteCase) -> Outcome {
        suiteCase.mustFail ? runErrorCase(suiteCase) : runValidCase(suiteCase)
    }

    /// A valid case passes when the reader's events, written in the suite's notation, equal
    /// `test.event` byte for byte.
    private static func runValidCase(_ suiteCase: SuiteCase) -> Outcome {
        let events: [YAMLEvent]
        do {
            events = try YAMLEventReader(source(suiteCase)).readAll()
        } catch {
            return Outcome(
                passed: false, detail: "the reader rejects valid input at \(error.mark): \(error.message.en)")
        }
        let actual = EventFormatter.text(events)
        guard actual != suiteCase.expectedEvents else {
            return Outcome(passed: true, detail: "events match")
        }
        return Outcome(passed: false, detail: difference(expected: suiteCase.expectedEvents, actual: actual))
    }

    /// An error case passes when the event reader or the composer (several documents allowed)
    /// throws.
    private static func runErrorCase(_ suiteCase: SuiteCase) -> Outcome {
        do {
            _ = try YAMLEventReader(source(suiteCase)).readAll()
        } catch {
            return Outcome(passed: true, detail: "the reader rejects it at \(error.mark): \(error.message.en)")
        }
        do {
            _ = try Composer(source: source(suiteCase), allowMultipleDocuments: true).composeAll()
        } catch {
            return Outcome(passed: true, detail: "the composer rejects it at \(error.mark): \(error.message.en)")
        }
        return Outcome(passed: false, detail: "invalid input is accepted by both the reader and the composer")
    }

    /// Whether the composer accepts a case; for the counts printed beside the suite's totals.
    static func composerAccepts(_ suiteCase: SuiteCase) -> Bool {
        (try? Composer(source: source(suiteCase), allowMultipleDocuments: true).composeAll()) != nil
    }

    private static func source(_ suiteCase: SuiteCase) -> SourceText {
        SourceText(path: "\(suiteCase.id)/in.yaml", bytes: suiteCase.input)
    }

    /// The first line where two event streams part, with both versions.
    private static func difference(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let index = zip(expectedLines, actualLines).prefix { $0 == $1 }.count
        let wanted = index < expectedLines.count ? String(expectedLines[index]) : "(end)"
        let got = index < actualLines.count ? String(actualLines[index]) : "(end)"
        return "events differ at line \(index + 1): expected \(wanted.debugDescription), got \(got.debugDescription)"
    }
}

import Testing

/// The official YAML test suite (`../shared/yaml-test-suite` beside the package root, or the
/// folder in `YAML_TEST_SUITE`) run through komitmen's YAML layer.
///
/// Valid cases must give exactly the events of `test.event`; error cases must be rejected by the
/// event reader or the composer. The cases libyaml gets wrong are listed, with the reason, in
/// `Fixtures/known-failures.txt`; a listed case that starts passing, or an unlisted case that
/// fails, fails the test, so the list stays true.
// Skipped, and shown as skipped, on machines without the suite's data: it is not part of the
// package, and the package's own tests must not depend on it.
@Suite(
    .enabled(
        if: SuiteCase.isAvailable,
        "the YAML test suite data is absent: set YAML_TEST_SUITE or add ../shared/yaml-test-suite"))
struct YAMLTestSuiteTests {
    /// libyaml 0.2.5 itself, measured with a C event printer (see the suite's README.md).
    static let libyamlValidMatched = 252
    static let libyamlErrorsRejected = 78

    @Test("a suite case gives the expected outcome", arguments: SuiteCase.all)
    func suiteCase(_ suiteCase: SuiteCase) {
        let outcome = CaseRunner.run(suiteCase)
        let known = KnownFailures.shared
        if known.contains(suiteCase.id) {
            #expect(
                !outcome.passed,
                """
                \(suiteCase.id) passes now (\(outcome.detail)); remove it from Fixtures/known-failures.txt
                """)
        } else {
            #expect(
                outcome.passed,
                """
                \(suiteCase.id) (\(suiteCase.name)) fails: \(outcome.detail). \
                Fix it, or list it in Fixtures/known-failures.txt with the reason
                """)
        }
    }

    @Test("the known-failures list is well formed and names only cases of the suite")
    func knownFailuresList() {
        let known = KnownFailures.shared
        #expect(known.problems.isEmpty, "\(known.problems.joined(separator: "; "))")
        let ids = Set(SuiteCase.all.map(\.id))
        let unknown = known.reasons.keys.filter { !ids.contains($0) }.sorted()
        #expect(unknown.isEmpty, "known-failures.txt lists cases the suite does not have: \(unknown)")
    }

    @Test("the suite is complete and the totals reach libyaml's own")
    func totals() {
        let cases = SuiteCase.all
        let valid = cases.filter { !$0.mustFail }
        let errors = cases.filter(\.mustFail)
        let validMatched = valid.filter { CaseRunner.run($0).passed }.count
        let errorsRejected = errors.filter { CaseRunner.run($0).passed }.count
        let validComposed = valid.filter(CaseRunner.composerAccepts).count
        print(
            """
            YAML test suite: \(validMatched) of \(valid.count) valid cases give the expected events \
            (libyaml 0.2.5: \(Self.libyamlValidMatched)); \(errorsRejected) of \(errors.count) error cases \
            are rejected (libyaml 0.2.5: \(Self.libyamlErrorsRejected)); the composer accepts \
            \(validComposed) of \(valid.count) valid cases; \(KnownFailures.shared.reasons.count) known failures
            """)
        #expect(cases.count == 402, "the suite should hold 402 cases")
        #expect(valid.count == 308 && errors.count == 94, "the suite should hold 308 valid and 94 error cases")
        #expect(validMatched >= Self.libyamlValidMatched)
        #expect(errorsRejected >= Self.libyamlErrorsRejected)
        #expect(
            validMatched + errorsRejected + KnownFailures.shared.reasons.count == cases.count,
            "every case should pass or be listed as a known failure")
    }
}

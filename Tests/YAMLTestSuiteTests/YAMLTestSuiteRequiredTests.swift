import Foundation
import Testing

/// On CI (`KOMITMEN_REQUIRE_YAML_SUITE=1`, set by `.ci/run`) the YAML test suite must be there:
/// its absence is a failure, not a quiet skip of the suite's 400 cases.
@Suite struct YAMLTestSuiteRequiredTests {
    static let required = ProcessInfo.processInfo.environment["KOMITMEN_REQUIRE_YAML_SUITE"] == "1"

    @Test(.enabled(if: required, "KOMITMEN_REQUIRE_YAML_SUITE is not 1"))
    func theSuiteIsPresentWhereItIsRequired() {
        #expect(
            SuiteCase.isAvailable,
            """
            KOMITMEN_REQUIRE_YAML_SUITE=1 but the YAML test suite is absent: clone it to ../shared/yaml-test-suite \
            beside the package root, or set YAML_TEST_SUITE
            """)
        #expect(SuiteCase.all.count == 402, "the suite should hold 402 cases, it holds \(SuiteCase.all.count)")
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// `as_of` and `quarter` outside the years of the data are 400, as `--as-of` and `--quarter` are on
/// the command line (found by schemathesis: as of 9999-12-31 the status grid was 27 MB), and so is
/// anything past four quarters after today's (2026-11-20: 2027-Q4, 2027-12-31), pages too.
@Suite struct ServeQueryRangeTests {
    @Test(arguments: [
        ("/api/v1/status?as_of=9999-12-31", "invalid_parameter"),
        ("/api/v1/status?as_of=1004-08-04", "invalid_parameter"),
        ("/api/v1/summary?as_of=3000-01-01", "invalid_parameter"),
        ("/api/v1/summary?quarter=9999-Q4", "invalid_quarter"),
        ("/api/v1/summary?quarter=1899-Q4", "invalid_quarter"),
        ("/api/v1/status?as_of=2999-12-31", "invalid_parameter"),
        ("/api/v1/status?as_of=2028-01-01", "invalid_parameter"),
        ("/api/v1/summary?as_of=2028-01-01", "invalid_parameter"),
        ("/api/v1/summary?quarter=2028-Q1", "invalid_quarter"),
        ("/api/v1/summary?quarter=2999-Q4&as_of=2999-12-31", "invalid_quarter"),
    ])
    func outOfRangeIs400(uri: String, code: String) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(.get, uri, token: fixture.secretariatToken)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == code)
        }
    }

    @Test(arguments: [
        "/api/v1/status?as_of=2027-12-31", "/api/v1/summary?quarter=2026-Q3&as_of=2026-11-20",
        "/api/v1/summary?quarter=2027-Q4", "/api/v1/summary?as_of=2027-12-31",
    ])
    func inRangeIsAnswered(uri: String) async throws {
        let fixture = try ServeFixture()
        defer { fixture.delete() }
        try await fixture.withClient { client in
            let response = try await client.call(.get, uri, token: fixture.secretariatToken)
            #expect(response.status == .ok)
        }
    }
}

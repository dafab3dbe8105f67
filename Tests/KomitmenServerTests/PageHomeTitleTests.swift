import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// A signatory's page speaks to its clerk ("your reports") and, to the secretariat, names whose
/// reports they are.
@Suite struct PageHomeTitleTests {
    @Test func theClerkReadsTheirsTheSecretariatReadsWhose() async throws {
        try await PageRoutesTests.withPages { fixture, polda, client in
            let clerk = PageClient(client)
            try await clerk.login(polda)
            #expect(try await clerk.get("/signatories/polda-ntt").text.contains("<h1>Laporan triwulan Anda</h1>"))
            let secretariat = PageClient(client)
            try await secretariat.login(fixture.secretariatToken)
            let page = try await secretariat.get("/signatories/polda-ntt")
            #expect(page.status == .ok)
            #expect(!page.text.contains("Laporan triwulan Anda"))
            #expect(page.text.contains("<h1>Laporan triwulan Kepolisian Daerah Nusa Tenggara Timur</h1>"))
        }
    }
}

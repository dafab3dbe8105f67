import Foundation
import Hummingbird
import HummingbirdTesting
import KomitmenHTTP
import Testing

/// Error pages speak of the clerk's account, never of a token (a word of the API's headers).
@Suite struct PageErrorWordsTests {
    @Test func anotherSignatorysPageNamesTheAccount() async throws {
        try await PageRoutesTests.withPages { _, polda, client in
            let browser = PageClient(client)
            try await browser.login(polda)
            let other = try await browser.get("/signatories/dprd-ntt")
            #expect(other.status == .forbidden)
            #expect(other.text.contains("akun ini tidak berwenang untuk &#39;dprd-ntt&#39;"))
            let secretariat = try await browser.get("/secretariat?lang=en")
            #expect(secretariat.status == .forbidden)
            #expect(secretariat.text.contains("only the secretariat may do this"))
            for page in [other, secretariat] {
                let main = page.text.components(separatedBy: "<main").last ?? ""
                #expect(!main.lowercased().contains("token"), "\(main)")
            }
        }
    }
}

import KomitmenCore
import KomitmenRender
import Testing

/// `HTML`: a literal is markup, every interpolated value is escaped but `HTML`, which is embedded
/// as it is.
@Suite struct HTMLTests {
    @Test func literalsAreMarkup() {
        let html: HTML = "<p class=\"x\">a &amp; b</p>"
        #expect(html.markup == "<p class=\"x\">a &amp; b</p>")
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ("&amp;", "&amp;amp;"),
        ("say \"hi\" or 'bye'", "say &quot;hi&quot; or &#39;bye&#39;"),
        ("a\u{1B}[2Jb", "a\\u{1B}[2Jb"),
        ("x\u{202E}y\u{2066}z", "x\\u{202E}y\\u{2066}z"),
        ("a\u{0}b\u{7F}c\u{85}d", "a\\u{0}b\\u{7F}c\\u{85}d"),
        ("line\nnext\r\n\ttab", "line\nnext\r\n\ttab"),
        ("Pemkab Alor · é ✓", "Pemkab Alor · é ✓"),
        ("", ""),
    ])
    func textIsEscaped(_ text: String, _ escaped: String) {
        #expect(HTML(text: text).markup == escaped)
        let interpolated: HTML = "<p>\(text)</p>"
        #expect(interpolated.markup == "<p>" + escaped + "</p>")
    }

    @Test func attributeValuesCannotBeLeft() {
        let hostile = "x\" onmouseover=\"alert(1)"
        let html: HTML = "<a title=\"\(hostile)\" href='\(hostile)'>"
        #expect(
            html.markup == "<a title=\"x&quot; onmouseover=&quot;alert(1)\" href='x&quot; onmouseover=&quot;alert(1)'>")
        let single = "x' onclick='alert(1)"
        let quoted: HTML = "<a title='\(single)'>"
        #expect(quoted.markup == "<a title='x&#39; onclick=&#39;alert(1)'>")
    }

    @Test func htmlIsEmbeddedOnce() {
        let inner: HTML = "<b>\("a < b")</b>"
        let outer: HTML = "<p>\(inner) & \("c & d")</p>"
        #expect(outer.markup == "<p><b>a &lt; b</b> & c &amp; d</p>")
        let twice: HTML = "<div>\(outer)</div>"
        #expect(twice.markup == "<div><p><b>a &lt; b</b> & c &amp; d</p></div>")
    }

    @Test func numbersQuartersDatesAndPhrases() throws {
        let quarter = try #require(Quarter("2026-Q3"))
        let date = try #require(CalendarDate("2026-11-20"))
        let phrase = Phrase(en: "<on time>", id: "tepat \"waktu\"")
        let html: HTML = "\(42) \(-7) \(quarter) \(date) \(phrase, in: .en) \(phrase, in: .id) \("abc".dropFirst())"
        #expect(html.markup == "42 -7 2026-Q3 2026-11-20 &lt;on time&gt; tepat &quot;waktu&quot; bc")
    }

    @Test func piecesJoinAndAppend() {
        let items: [HTML] = ["<li>\("1 < 2")</li>", "<li>b</li>"]
        #expect(items.joined().markup == "<li>1 &lt; 2</li><li>b</li>")
        #expect(items.joined(separator: "<br>").markup == "<li>1 &lt; 2</li><br><li>b</li>")
        #expect([HTML]().joined(separator: "<br>").isEmpty)
        var html = HTML()
        html.reserveCapacity(64)
        html.append("<ul>")
        html += items.joined()
        html += HTML(text: "&")
        #expect((html + "</ul>").markup == "<ul><li>1 &lt; 2</li><li>b</li>&amp;</ul>")
        #expect(html.byteCount == html.markup.utf8.count)
    }

    @Test func trustedMarkupIsKeptAsItIs() {
        #expect(HTML(trusted: "body { font-family: \"A\" } a > b").markup == "body { font-family: \"A\" } a > b")
    }

    /// The fast path (nothing to escape) and the scalar loop agree on every ASCII byte.
    @Test func everyASCIIByteEscapesAsAlone() {
        for byte in UInt8(0)...UInt8(0x7F) {
            let text = String(UnicodeScalar(byte))
            let expected: String =
                switch byte {
                case 0x26: "&amp;"
                case 0x3C: "&lt;"
                case 0x3E: "&gt;"
                case 0x22: "&quot;"
                case 0x27: "&#39;"
                case 0x0A, 0x0D, 0x09, 0x20..<0x7F: text
                default: "\\u{" + String(byte, radix: 16, uppercase: true) + "}"
                }
            #expect(HTML(text: "a" + text + "b").markup == "a" + expected + "b", "byte \(byte)")
        }
    }
}

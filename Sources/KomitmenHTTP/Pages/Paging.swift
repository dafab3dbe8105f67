import Hummingbird
import KomitmenCore
import KomitmenRender

/// One page of a long list (`?page=N`, from 1; out of range is clamped): what keeps a page under
/// 100 KB however many signatories, reports or reminders there are.
struct Paging {
    let page: Int
    let pages: Int
    let range: Range<Int>
    let count: Int

    init(_ request: Request, count: Int, size: Int) {
        let asked = request.uri.queryParameters.get("page").flatMap { Int($0.prefix(9)) } ?? 1
        self.count = count
        pages = max(1, (count + size - 1) / size)
        page = min(max(asked, 1), pages)
        let start = (page - 1) * size
        range = start..<min(start + size, count)
    }

    /// The links to the pages before and after this one (empty when there is one page); `query`
    /// is what else the links carry, in order.
    func links(_ path: String, query: [(String, String)], _ language: Language) -> HTML {
        guard pages > 1 else { return HTML() }
        func href(_ number: Int) -> String {
            let pairs = query + [("page", String(number))]
            let text = pairs.map { "\(PageHandlers.percent($0.0))=\(PageHandlers.percent($0.1))" }.joined(
                separator: "&")
            return path + "?" + text
        }
        var parts: [HTML] = []
        if page > 1 {
            parts.append("<a href=\"\(href(page - 1))\" rel=\"prev\">‹ \(PageWords.previous, in: language)</a>")
        }
        parts.append("\(PageWords.pageOf(page, pages, count), in: language)")
        if page < pages {
            parts.append("<a href=\"\(href(page + 1))\" rel=\"next\">\(PageWords.next, in: language) ›</a>")
        }
        return "<nav class=\"pages\">\(parts.joined(separator: " · "))</nav>\n"
    }
}

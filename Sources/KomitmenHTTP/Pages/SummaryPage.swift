import Foundation
import Hummingbird
import KomitmenCore
import KomitmenRender

/// The summary pages' document: the summary's own style sheet (so its cards and charts look as
/// in the printed summary) with the pages' bar on top, in one `<style>` admitted by its hash.
extension PageHandlers {
    static let summaryStyle: HTML =
        "\n\(HTMLRenderer.stylesheet)\n"
        + HTML(
            trusted: """
                nav.bar{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;background:#14365d;color:#fff;padding:.5rem 1rem;margin:-28px -32px 16px}
                nav.bar a,nav.bar .who{color:#fff}
                nav.bar form{display:inline}
                nav.bar button{background:none;border:1px solid #fff;color:#fff;font:inherit;padding:.1rem .5rem}
                .tools{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:0 0 12px}
                .tools form{display:inline}
                .tools select,.tools button{font:inherit}
                nav.pages{margin:8px 0}
                @media (max-width:760px){body{padding:12px}nav.bar{margin:-12px -12px 12px}}
                @media print{nav.bar,.tools,nav.pages{display:none}}

                """)
    static let summaryStyleHash = PageHTML.styleHash(summaryStyle.markup)
    /// The `<style>` text of `komitmen summary --format html` (`HTMLRenderer.render` writes the
    /// style sheet on lines of its own).
    static let downloadStyleHash = PageHTML.styleHash("\n" + HTMLRenderer.stylesheet.markup + "\n")

    static func summaryPage(_ title: String, _ body: HTML, _ page: PageRequest) -> Response {
        let html: HTML = """
            <!DOCTYPE html>
            <html lang="\(page.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · komitmen</title>
            <style>\(summaryStyle)</style>
            </head>
            <body>
            <nav class="bar">\(PageHTML.navigation(page))</nav>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
        return PageHTML.response(html, styleHashes: [summaryStyleHash], cookies: page.cookies)
    }
}

import KomitmenRender

/// The served pages' HTML, in the project's own renderer style (Swift strings, as KomitmenRender
/// writes the summary): every value goes through `h`, which is KomitmenRender's escaping, so a
/// page can show nothing unescaped. Chosen over a template language to add no dependency and
/// keep the escaping in one audited function.
///
/// This file needs no HTTP (the answers and the page frame are in `PageHTML+Responses`), so the
/// pipeline fuzzer compiles it with the report form's view and renders every fuzzed report's form.
enum PageHTML {
    /// Text or an attribute value, escaped.
    static func h(_ text: String) -> String { HTMLText.escape(text) }

    static func csrfField(_ token: String) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(h(token))\">"
    }

    /// A message box (`error`, `ok` or `note`).
    static func notice(_ text: String, kind: String) -> String {
        "<p class=\"notice \(kind)\" role=\"\(kind == "error" ? "alert" : "status")\">\(h(text))</p>"
    }
}

import KomitmenCore

/// The colours of filing states and statuses, shared by the style sheet's classes and the SVG.
enum HTMLPalette {
    static func color(_ state: FilingState) -> String {
        switch state {
        case .onTime: "#1a7f37"
        case .late: "#bf8700"
        case .missing: "#cf222e"
        case .notDue: "#8c959f"
        case .notExpected: "#eaeef2"
        }
    }

    static func color(_ status: IndicatorStatus) -> String {
        switch status {
        case .achieved: "#0f5323"
        case .onTrack: "#2da44e"
        case .atRisk: "#d4a72c"
        case .offTrack: "#cf222e"
        case .noData: "#afb8c1"
        }
    }

    /// `--on-time: #1a7f37; --late: …;`: the style sheet's custom properties, named like the raw
    /// values the CSS classes use, so each colour is written once, here.
    static func customProperties<State: RawRepresentable<String>>(_ states: [State], _ color: (State) -> String)
        -> String
    {
        states.map { "--\($0.rawValue): \(color($0));" }.joined(separator: " ")
    }

    /// The CSS class of a filing state: `f-on-time`.
    static func cssClass(_ state: FilingState) -> String { "f-" + state.rawValue }
    /// The CSS class of a status: `s-at-risk`.
    static func cssClass(_ status: IndicatorStatus) -> String { "s-" + status.rawValue }
}

/// Inline SVG charts: no script, no external resource, readable in print.
enum SVGChart {
    struct Segment {
        var count: Int
        var color: String
        var title: String
    }

    /// A horizontal bar split into segments proportional to their counts. `wide` bars stretch to
    /// the width of their container.
    static func stacked(_ segments: [Segment], width: Int = 180, height: Int = 14, wide: Bool = false, label: String)
        -> HTML
    {
        let total = segments.reduce(0) { $0 + max(0, $1.count) }
        let viewWidth = wide ? 1000 : width
        var svg: HTML =
            wide
            ? "<svg class=\"stack-wide\" viewBox=\"0 0 \(viewWidth) \(height)\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(label)\">"
            : "<svg width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(viewWidth) \(height)\" role=\"img\" aria-label=\"\(label)\">"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(viewWidth)\" height=\"\(height)\" fill=\"#eaeef2\"/>"
        if total > 0 {
            var x = 0.0
            for segment in segments where segment.count > 0 {
                let w = Double(viewWidth) * Double(segment.count) / Double(total)
                svg +=
                    "<rect x=\"\(number(x))\" y=\"0\" width=\"\(number(w))\" height=\"\(height)\" fill=\"\(segment.color)\"><title>\(segment.title)</title></rect>"
                x += w
            }
        }
        svg += "</svg>"
        return svg
    }

    /// Progress towards a target: the bar filled to `progress` (capped at the end), in the status
    /// colour, with a dark mark where the trajectory expects it to be by now.
    static func progress(_ progress: Double?, expected: Double, status: IndicatorStatus, label: String) -> HTML {
        let width = 200.0
        let height = 16.0
        let barTop = 3.0
        let barHeight = 10.0
        var svg: HTML =
            "<svg width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(label)\">"
        svg +=
            "<rect x=\"0\" y=\"\(number(barTop))\" width=\"\(number(width))\" height=\"\(number(barHeight))\" rx=\"2\" fill=\"#eaeef2\""
        svg += progress == nil ? " stroke=\"#afb8c1\" stroke-dasharray=\"3 2\"/>" : "/>"
        if let progress, progress.isFinite, progress > 0 {
            let filled = width * min(progress, 1)
            svg +=
                "<rect x=\"0\" y=\"\(number(barTop))\" width=\"\(number(filled))\" height=\"\(number(barHeight))\" rx=\"2\" fill=\"\(HTMLPalette.color(status))\"/>"
        }
        let x = min(max(width * (expected.isFinite ? expected : 0), 1), width - 1)
        svg += "<rect x=\"\(number(x - 1))\" y=\"0\" width=\"2\" height=\"\(number(height))\" fill=\"#1f2328\"/>"
        svg += "<path d=\"M\(number(x - 4)) 0 L\(number(x + 4)) 0 L\(number(x)) 4 Z\" fill=\"#1f2328\"/>"
        svg += "</svg>"
        return svg
    }

    /// A coordinate with at most two decimals.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

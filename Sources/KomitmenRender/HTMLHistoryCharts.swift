import KomitmenCore

/// Small line charts over the quarters: an indicator's value against its expected trajectory, and
/// a goal's completeness and timeliness. Inline SVG, no script; every number finite-checked.
extension SVGChart {
    /// One series: a y value (nil for a gap) per x position.
    struct Series {
        var values: [Double?]
        var color: String
        var dashed = false
        /// Dots on these points (the quarters reported).
        var dots: [Bool] = []
    }

    /// The expected value at a point of the trajectory, in the indicator's unit.
    static func expectedValue(
        _ expected: Double, target: Double, baseline: Double?, aggregation: Aggregation,
        direction: Direction
    ) -> Double {
        let base = baseline ?? 0
        if direction == .decrease { return base - expected * (base - target) }
        return aggregation == .latest ? base + expected * (target - base) : expected * target
    }

    /// An indicator's history: the value (solid, dots where reported) against the expected
    /// trajectory (dashed), with the target as a faint line at the top.
    static func history(_ indicator: IndicatorSummary, label: String) -> HTML {
        let expected = indicator.history.map {
            Optional(
                expectedValue(
                    $0.expected, target: indicator.target, baseline: indicator.baseline,
                    aggregation: indicator.aggregation, direction: indicator.direction))
        }
        let series = [
            Series(values: expected, color: "#59636e", dashed: true),
            Series(
                values: indicator.history.map(\.value), color: HTMLPalette.color(indicator.status),
                dots: indicator.history.map { $0.reported != nil }),
        ]
        let ceiling =
            ([indicator.target, indicator.baseline ?? 0] + indicator.history.compactMap(\.value)).filter(\.isFinite)
            .max() ?? 1
        return lines(series, top: ceiling > 0 ? ceiling : 1, reference: indicator.target, label: label)
    }

    /// A goal's completeness (solid) and timeliness (dashed), 0 to 100%, over the quarters.
    static func filingTrend(_ counts: [FilingCounts], label: String) -> HTML {
        lines(
            [
                Series(values: counts.map(\.completeness), color: HTMLPalette.color(FilingState.onTime)),
                Series(values: counts.map(\.timeliness), color: HTMLPalette.color(FilingState.late), dashed: true),
            ],
            top: 1, reference: 1, label: label)
    }

    /// Polylines on a 0…`top` scale, one x step per value; a gap where a value is nil.
    static func lines(
        _ series: [Series], top: Double, reference: Double?, label: String,
        width: Double = 200, height: Double = 56
    ) -> HTML {
        let pad = 4.0
        let count = series.map(\.values.count).max() ?? 0
        func x(_ index: Int) -> Double {
            count <= 1 ? width / 2 : pad + (width - 2 * pad) * Double(index) / Double(count - 1)
        }
        func y(_ value: Double) -> Double {
            let share = top > 0 && value.isFinite ? min(max(value / top, 0), 1) : 0
            return height - pad - (height - 2 * pad) * share
        }
        var svg: HTML =
            "<svg class=\"trend\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(label)\">"
        svg += "<title>\(label)</title>"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(Int(width))\" height=\"\(Int(height))\" fill=\"#f6f8fa\"/>"
        svg += "<line x1=\"0\" y1=\"\(number(y(0)))\" x2=\"\(Int(width))\" y2=\"\(number(y(0)))\" stroke=\"#d1d9e0\"/>"
        if let reference, reference.isFinite {
            svg +=
                "<line x1=\"0\" y1=\"\(number(y(reference)))\" x2=\"\(Int(width))\" y2=\"\(number(y(reference)))\" stroke=\"#d1d9e0\" stroke-dasharray=\"1 2\"/>"
        }
        for line in series {
            // Runs of consecutive values: a nil breaks the line.
            var run: [String] = []
            func flush() {
                if run.count > 1 {
                    let dashes: HTML = line.dashed ? " stroke-dasharray=\"4 3\"" : ""
                    svg +=
                        "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"1.6\"\(dashes)/>"
                }
                run = []
            }
            for (index, value) in line.values.enumerated() {
                guard let value, value.isFinite else {
                    flush()
                    continue
                }
                run.append("\(number(x(index))),\(number(y(value)))")
                if line.dots.indices.contains(index) && line.dots[index]
                    || (line.dots.isEmpty && !line.dashed && line.values.count == 1)
                {
                    svg +=
                        "<circle cx=\"\(number(x(index)))\" cy=\"\(number(y(value)))\" r=\"2.2\" fill=\"\(line.color)\"/>"
                }
            }
            flush()
        }
        svg += "</svg>"
        return svg
    }
}

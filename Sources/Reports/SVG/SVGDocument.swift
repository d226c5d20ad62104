// A small SVG writer: elements in the order added, numbers printed from exact rationals, text escaped.

import Exact

/// An SVG document built element by element. The output is deterministic: the same calls give the same bytes.
struct SVGDocument {
    let width: Int
    let height: Int
    private var elements: [String] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    mutating func add(_ element: String) {
        elements.append(element)
    }

    var text: String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
                + "font-family=\"Helvetica, Arial, sans-serif\">",
            "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"white\"/>",
        ]
        lines += elements
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text with `&`, `<`, `>` and `"` escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A coordinate: the exact value rounded half up to two decimals, by integer arithmetic (no floating point),
    /// without trailing zeros.
    static func number(_ value: Rational) -> String {
        let scaled = value * 100 + Rational(1, 2)
        let hundredths = scaled.floor
        let negative = hundredths.signum < 0
        let digits = (negative ? -hundredths : hundredths).description
        let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        let whole = String(padded.dropLast(2))
        var fraction = String(padded.suffix(2))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A parameter name as SVG text: Greek letters spelled out become symbols, `_A` a subscript.
    static func parameter(_ name: String, size: Int) -> String {
        let parts = name.split(separator: "_", maxSplits: 1).map(String.init)
        let base = ["beta": "β", "theta": "θ", "alpha": "α", "sigma": "σ", "omega": "ω"][parts[0]] ?? parts[0]
        guard parts.count == 2 else { return escaped(base) }
        return escaped(base) + "<tspan dy=\"\(size / 4)\" font-size=\"\(size * 3 / 4)\">\(escaped(parts[1]))</tspan>"
            + "<tspan dy=\"-\(size / 4)\"> </tspan>"
    }
}

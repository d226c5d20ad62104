// Reading and writing Rational as text: integers, fractions, decimals and scientific notation.

extension Rational: LosslessStringConvertible {
    /// Parses `-7`, `3/4`, `-2/-4`, `0.75`, `.5`, `1.5e-3`. Decimal input is exact: `0.1` is 1/10.
    /// Returns `nil` for anything else, including spaces and a zero denominator.
    public init?(_ description: String) {
        if let slash = description.firstIndex(of: "/") {
            guard let numerator = BigInteger(String(description[..<slash])),
                  let denominator = BigInteger(String(description[description.index(after: slash)...])),
                  !denominator.isZero
            else { return nil }
            self.init(numerator, denominator)
        } else if let decimal = Rational(decimal: description) {
            self = decimal
        } else {
            return nil
        }
    }

    /// Parses `[+-]digits[.digits][e[+-]digits]`, with digits on at least one side of the point.
    private init?(decimal text: String) {
        var rest = Substring(text)
        var negative = false
        if let first = rest.first, first == "-" || first == "+" {
            negative = first == "-"
            rest = rest.dropFirst()
        }
        let integerDigits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        rest = rest.dropFirst(integerDigits.count)
        var fractionDigits = Substring()
        if rest.first == "." {
            rest = rest.dropFirst()
            fractionDigits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            rest = rest.dropFirst(fractionDigits.count)
        }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
        var exponent = 0
        if let first = rest.first, first == "e" || first == "E" {
            guard let value = Int(rest.dropFirst()), abs(value) <= 1_000_000 else { return nil }
            exponent = value
            rest = Substring()
        }
        guard rest.isEmpty, let mantissa = BigInteger(String(integerDigits + fractionDigits)) else { return nil }
        let scale = exponent - fractionDigits.count
        let ten = Rational(10)
        let magnitude = Rational(mantissa) * ten.power(scale)
        self = negative ? -magnitude : magnitude
    }

    /// `p/q`, or `p` when the denominator is 1.
    public var description: String {
        isInteger ? numerator.description : "\(numerator)/\(denominator)"
    }
}

extension Rational: Codable {
    /// Decodes from a string in any form `init?(_:)` accepts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Rational(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a rational number")
        }
        self = value
    }

    /// Encodes as the string `p/q` (or `p`), so that no precision is lost in JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

// Decimal text of BigInteger.

import CGMP

extension BigInteger: LosslessStringConvertible {
    /// Parses an optional sign followed by decimal digits; nothing else (no spaces, no `_`).
    public init?(_ description: String) {
        var digits = Substring(description)
        var negative = false
        if let first = digits.first, first == "-" || first == "+" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let result = BigInteger()
        let status = String(digits).withCString { __gmpz_set_str(result.storage.value, $0, 10) }
        guard status == 0 else { return nil }
        self = negative ? -result : result
    }

    public var description: String {
        withValue { v in
            // mpz_sizeinbase may overestimate by one; the sign and the terminator need two more.
            let capacity = __gmpz_sizeinbase(v, 10) + 2
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
            defer { buffer.deallocate() }
            __gmpz_get_str(buffer, 10, v)
            return String(cString: buffer)
        }
    }
}

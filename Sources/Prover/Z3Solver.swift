// The one place that talks to Z3 (C API, through CZ3).
//
// Each check gets a context of its own, deleted at the end, so nothing carries over between questions and a
// verdict depends only on the question, the resource limit and the seed. The solver is built from Z3's
// `qfnra-nlsat` tactic (preprocessing, then the complete nlsat procedure for nonlinear real arithmetic) rather
// than from `Z3_mk_solver_for_logic("QF_NRA")`: that logic's default strategy races several tactics under
// wall-clock time limits (`try_for`) and memory probes, so its answer could depend on the machine's load. Here
// the only limit is Z3's deterministic resource counter (`rlimit`).
//
// Numbers cross the boundary exactly: numerals go in as "p/q" strings, rational model values come back as
// strings, and irrational algebraic values as rational enclosures (`Z3_get_algebraic_number_lower/upper`).

import CZ3
import Exact

/// What Z3 found for a condition.
enum SolverOutcome {
    case satisfiable([String: ModelValue])
    case unsatisfiable
    /// Z3 gave up (resource limit) or reported an error; the text says which.
    case unknown(reason: String)
}

/// One variable's value in a Z3 model, exactly.
enum ModelValue: Hashable {
    case rational(Rational)
    /// An irrational algebraic number, as enclosing intervals `[lower, upper]` at increasing precision.
    case algebraic([ClosedInterval])

    struct ClosedInterval: Hashable {
        let lower: Rational
        let upper: Rational
    }
}

/// Runs Z3 on polynomial conditions.
struct Z3Solver {
    let resourceLimit: UInt
    let seed: UInt

    /// Precisions (decimal digits) at which an algebraic model value is enclosed.
    static let algebraicPrecisions: [UInt32] = [6, 12, 24, 48]

    func check(_ condition: Condition, variables: [String]) -> SolverOutcome {
        Self.keepFreedMemory
        return SolverStatistics.timing { checkUntimed(condition, variables: variables) }
    }

    /// Every context allocates and frees megabytes. By default glibc returns such blocks to the kernel at once
    /// (mmap'd blocks, heap trimming), so the next context page-faults them in again: that was most of a verify
    /// run's time, in the kernel. Keeping freed memory in the heap for reuse makes a solver call several times faster.
    private static let keepFreedMemory: Void = {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)   // glibc's largest; larger blocks are still mapped
        _ = mallopt(M_TRIM_THRESHOLD, Int32.max)
        #endif
    }()

    private func checkUntimed(_ condition: Condition, variables: [String]) -> SolverOutcome {
        switch condition {
        case .constant(false): return .unsatisfiable
        default: break
        }
        guard let config = Z3_mk_config() else { return .unknown(reason: "Z3 could not create a configuration") }
        Z3_set_param_value(config, "model", "true")
        let context = Z3_mk_context(config)
        Z3_del_config(config)
        guard let context else { return .unknown(reason: "Z3 could not create a context") }
        defer { Z3_del_context(context) }
        // No handler: errors set an error code, which is checked below, instead of ending the process.
        Z3_set_error_handler(context, nil)
        let session = Session(context: context)
        return session.check(condition, variables: variables, resourceLimit: resourceLimit, seed: seed)
    }
}

/// A live Z3 context and the terms built in it. ASTs belong to the context (not reference counted: the context is
/// created with `Z3_mk_context`) and go away with it; solvers, tactics, parameter sets and models are reference
/// counted and released here.
private final class Session {
    let context: Z3_context
    let real: Z3_sort
    let zero: Z3_ast
    private var constants: [String: Z3_ast] = [:]

    init(context: Z3_context) {
        self.context = context
        real = Z3_mk_real_sort(context)
        zero = Z3_mk_numeral(context, "0", real)
    }

    var errorMessage: String? {
        let code = Z3_get_error_code(context)
        guard code != Z3_OK else { return nil }
        return String(cString: Z3_get_error_msg(context, code))
    }

    func constant(_ name: String) -> Z3_ast {
        if let existing = constants[name] { return existing }
        let made = Z3_mk_const(context, Z3_mk_string_symbol(context, name), real)!
        constants[name] = made
        return made
    }

    func numeral(_ value: Rational) -> Z3_ast {
        Z3_mk_numeral(context, value.description, real)
    }

    func term(_ polynomial: Polynomial) -> Z3_ast {
        // Display order is deterministic, which keeps Z3's input (and so its answer) the same on every run.
        var summands: [Z3_ast?] = polynomial.terms.map { monomial, coefficient in
            var factors: [Z3_ast?] = coefficient == 1 ? [] : [numeral(coefficient)]
            for power in monomial.powers {
                factors += Array(repeating: constant(power.name), count: power.exponent)
            }
            if factors.isEmpty { return numeral(coefficient) }
            if factors.count == 1 { return factors[0] }
            return factors.withUnsafeMutableBufferPointer { Z3_mk_mul(context, UInt32($0.count), $0.baseAddress) }
        }
        if summands.isEmpty { return zero }
        if summands.count == 1 { return summands[0]! }
        return summands.withUnsafeMutableBufferPointer { Z3_mk_add(context, UInt32($0.count), $0.baseAddress) }
    }

    func formula(_ condition: Condition) -> Z3_ast {
        switch condition {
        case .constant(let value):
            return value ? Z3_mk_true(context) : Z3_mk_false(context)
        case .atom(let polynomial, let op):
            let lhs = term(polynomial)
            switch op {
            case .less: return Z3_mk_lt(context, lhs, zero)
            case .lessOrEqual: return Z3_mk_le(context, lhs, zero)
            case .greater: return Z3_mk_gt(context, lhs, zero)
            case .greaterOrEqual: return Z3_mk_ge(context, lhs, zero)
            case .equal: return Z3_mk_eq(context, lhs, zero)
            case .notEqual: return Z3_mk_not(context, Z3_mk_eq(context, lhs, zero))
            }
        case .and(let parts):
            var arguments: [Z3_ast?] = parts.map(formula)
            return arguments.withUnsafeMutableBufferPointer { Z3_mk_and(context, UInt32($0.count), $0.baseAddress) }
        case .or(let parts):
            var arguments: [Z3_ast?] = parts.map(formula)
            return arguments.withUnsafeMutableBufferPointer { Z3_mk_or(context, UInt32($0.count), $0.baseAddress) }
        }
    }

    func check(_ condition: Condition, variables: [String], resourceLimit: UInt, seed: UInt) -> SolverOutcome {
        for name in variables { _ = constant(name) }
        let assertion = formula(condition)
        if let message = errorMessage { return .unknown(reason: "Z3 rejected the input: \(message)") }

        guard let tactic = Z3_mk_tactic(context, "qfnra-nlsat") else {
            return .unknown(reason: "Z3 has no qfnra-nlsat tactic: \(errorMessage ?? "unknown error")")
        }
        Z3_tactic_inc_ref(context, tactic)
        defer { Z3_tactic_dec_ref(context, tactic) }
        guard let solver = Z3_mk_solver_from_tactic(context, tactic) else {
            return .unknown(reason: "Z3 could not make a solver: \(errorMessage ?? "unknown error")")
        }
        Z3_solver_inc_ref(context, solver)
        defer { Z3_solver_dec_ref(context, solver) }

        let parameters = Z3_mk_params(context)
        Z3_params_inc_ref(context, parameters)
        defer { Z3_params_dec_ref(context, parameters) }
        Z3_params_set_uint(context, parameters, Z3_mk_string_symbol(context, "rlimit"), UInt32(clamping: resourceLimit))
        Z3_params_set_uint(context, parameters, Z3_mk_string_symbol(context, "seed"), UInt32(truncatingIfNeeded: seed))
        Z3_solver_set_params(context, solver, parameters)
        if let message = errorMessage { return .unknown(reason: "Z3 rejected the solver parameters: \(message)") }

        Z3_solver_assert(context, solver, assertion)
        let answer = Z3_solver_check(context, solver)
        if let message = errorMessage { return .unknown(reason: "Z3 failed: \(message)") }
        switch answer {
        case Z3_L_FALSE:
            return .unsatisfiable
        case Z3_L_TRUE:
            guard let model = Z3_solver_get_model(context, solver) else {
                return .unknown(reason: "Z3 answered sat without a model")
            }
            Z3_model_inc_ref(context, model)
            defer { Z3_model_dec_ref(context, model) }
            var values: [String: ModelValue] = [:]
            for name in variables {
                guard let value = value(of: name, in: model) else {
                    return .unknown(reason: "Z3's model gives \(name) a value that is not a real algebraic number")
                }
                values[name] = value
            }
            return .satisfiable(values)
        default:
            let reason = Z3_solver_get_reason_unknown(context, solver).map { String(cString: $0) } ?? "unknown"
            return .unknown(reason: reason)
        }
    }

    private func value(of name: String, in model: Z3_model) -> ModelValue? {
        var evaluated: Z3_ast?
        guard Z3_model_eval(context, model, constant(name), true, &evaluated), let evaluated else { return nil }
        if Z3_is_numeral_ast(context, evaluated) {
            return rational(evaluated).map(ModelValue.rational)
        }
        if Z3_is_algebraic_number(context, evaluated) {
            var intervals: [ModelValue.ClosedInterval] = []
            for precision in Z3Solver.algebraicPrecisions {
                guard let lowerAST = Z3_get_algebraic_number_lower(context, evaluated, precision),
                      let upperAST = Z3_get_algebraic_number_upper(context, evaluated, precision),
                      let lower = rational(lowerAST), let upper = rational(upperAST), lower <= upper
                else { return nil }
                intervals.append(.init(lower: lower, upper: upper))
            }
            return .algebraic(intervals)
        }
        return nil
    }

    /// A rational numeral's exact value.
    private func rational(_ numeral: Z3_ast) -> Rational? {
        guard let numerator = Z3_get_numerator(context, numeral), let denominator = Z3_get_denominator(context, numeral),
              let top = Rational(String(cString: Z3_get_numeral_string(context, numerator))),
              let bottom = Rational(String(cString: Z3_get_numeral_string(context, denominator))),
              !bottom.isZero, errorMessage == nil
        else { return nil }
        return top / bottom
    }
}

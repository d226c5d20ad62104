// Z3 is reachable through the CZ3 system-library target: one real call into its C API.

import CZ3
import Testing

@Test func z3DecidesThatXSquaredBelowZeroIsUnsatisfiable() {
    let config = Z3_mk_config()
    let context = Z3_mk_context(config)
    Z3_del_config(config)
    defer { Z3_del_context(context) }
    let real = Z3_mk_real_sort(context)
    let x = Z3_mk_const(context, Z3_mk_string_symbol(context, "x"), real)
    let zero = Z3_mk_numeral(context, "0", real)
    var factors = [x, x]
    let square = factors.withUnsafeMutableBufferPointer { Z3_mk_mul(context, 2, $0.baseAddress) }
    let solver = Z3_mk_solver(context)
    Z3_solver_inc_ref(context, solver)
    defer { Z3_solver_dec_ref(context, solver) }
    Z3_solver_assert(context, solver, Z3_mk_lt(context, square, zero))
    #expect(Z3_solver_check(context, solver) == Z3_L_FALSE)
}

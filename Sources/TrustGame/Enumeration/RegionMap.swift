// Maps of where each equilibrium class exists over a two-parameter slice: the enumerator at every cell of a grid,
// the derived conditions at the same cells as an independent confirmation, and region boundaries traced exactly
// along the derived thresholds.

import Dispatch
import Exact
import Foundation

/// A two-parameter slice of a model: two axes, and every other parameter a number or a rational function of the
/// two axis variables (`y_A = y_B` makes a symmetric slice).
public struct MapSlice: Sendable {
    public struct Axis: Sendable {
        public let name: String
        public let lower: Rational
        public let upper: Rational

        public init(name: String, lower: Rational, upper: Rational) {
            self.name = name
            self.lower = lower
            self.upper = upper
        }

        /// The centre of cell `index` of `count`.
        func centre(_ index: Int, of count: Int) -> Rational {
            lower + (upper - lower) * Rational(2 * index + 1, 2 * count)
        }
    }

    public let model: GameModel
    public let x: Axis
    public let y: Axis
    /// The other parameters, as functions of the axis variables (constants for most).
    public let others: [String: RationalFunction]
    /// Cells per axis.
    public let resolution: Int
    /// Only these classes are mapped (all when nil).
    public let classes: Set<String>?

    public init(model: GameModel, x: Axis, y: Axis, others: [String: RationalFunction], resolution: Int,
                classes: Set<String>? = nil) {
        self.model = model
        self.x = x
        self.y = y
        self.others = others
        self.resolution = resolution
        self.classes = classes
    }

    /// Every parameter's value at (x, y).
    public func point(x xValue: Rational, y yValue: Rational) -> [String: Rational]? {
        var values = model.fixedParameters
        values[x.name] = xValue
        values[y.name] = yValue
        for (name, function) in others {
            guard let value = try? function.evaluated(at: [x.name: xValue, y.name: yValue]) else { return nil }
            values[name] = value
        }
        return values
    }

    /// Whether every assumption of the model holds at `values`.
    func admissible(_ values: [String: Rational]) -> Bool {
        model.assumptions.allSatisfy { (try? $0.formula.evaluated(at: values)) == true }
    }

    /// A rational function of the model's parameters restricted to the slice: a function of x and y.
    func restrict(_ function: RationalFunction) -> RationalFunction? {
        var substitution = others
        for (name, value) in model.fixedParameters { substitution[name] = RationalFunction(value) }
        return try? function.substituting(substitution)
    }
}

/// The equilibrium classes over a slice.
public struct RegionMap: Sendable {
    public let slice: MapSlice
    /// `enumerated[j][i]`: the classes the enumerator finds at the centre of cell (i, j) (i along x, j along y);
    /// nil where the centre violates an assumption.
    public let enumerated: [[Set<EquilibriumClass>?]]
    /// The classes whose derived conditions (for some supporting profile) hold at each centre.
    public let derived: [[Set<EquilibriumClass>?]]
    /// The classes present somewhere, in the paper's order.
    public let classes: [EquilibriumClass]
    /// For each class, the profiles that support it somewhere on the grid.
    public let supports: [EquilibriumClass: [PureProfile]]
    public let boundaries: [BoundaryCurve]
    /// Thresholds of the supporting profiles that could not be traced (not linear in either axis variable).
    public let untracedThresholds: Int

    /// Cells where the enumerator and the derived conditions disagree about some class.
    public var disagreements: [(i: Int, j: Int)] {
        var cells: [(Int, Int)] = []
        for j in 0..<enumerated.count {
            for i in 0..<enumerated[j].count where enumerated[j][i] != derived[j][i] { cells.append((i, j)) }
        }
        return cells
    }

    /// The number of cells where `equilibriumClass` exists.
    public func cellCount(_ equilibriumClass: EquilibriumClass) -> Int {
        enumerated.reduce(0) { $0 + $1.filter { $0?.contains(equilibriumClass) == true }.count }
    }

    public var inadmissibleCells: Int {
        enumerated.reduce(0) { $0 + $1.filter { $0 == nil }.count }
    }
}

/// A piece of a class's region boundary: where a derived threshold `g(x, y) = 0` separates the points where the
/// class exists from those where it does not, traced at exact points on the threshold.
public struct BoundaryCurve: Sendable {
    public let equilibriumClass: EquilibriumClass
    /// The threshold restricted to the slice (its numerator is zero on the curve).
    public let threshold: RationalFunction
    /// The information sets whose constraints give the threshold, e.g. `A greedy, period 1`.
    public let sources: [String]
    /// Polylines through exact points on the threshold where the class exists with some type indifferent.
    public let segments: [[(x: Rational, y: Rational)]]
}

extension RegionMap {
    /// Computes the map: the enumerator at every cell centre (`jobs` rows at a time), the derived conditions of
    /// every supporting profile at the same centres, and the boundaries along the derived thresholds, each sampled
    /// at twice the resolution in exact points (20 to 400) plus the values where other thresholds cross.
    public init(slice: MapSlice, jobs: Int = 2) throws {
        let enumerator = try EquilibriumEnumerator(model: slice.model)
        let n = slice.resolution
        let wanted = slice.classes
        @Sendable func keep(_ equilibriumClass: EquilibriumClass) -> Bool { wanted?.contains(equilibriumClass.name) ?? true }

        // 1. The enumerator at every centre.
        let rows = Slots<(classes: [Set<EquilibriumClass>?], support: [EquilibriumClass: Set<PureProfile>])>(count: n)
        DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { worker in
            var j = worker
            while j < n {
                var row: [Set<EquilibriumClass>?] = []
                var support: [EquilibriumClass: Set<PureProfile>] = [:]
                for i in 0..<n {
                    guard let values = slice.point(x: slice.x.centre(i, of: n), y: slice.y.centre(j, of: n)),
                          slice.admissible(values), let point = try? enumerator.point(values)
                    else { row.append(nil); continue }
                    var present: Set<EquilibriumClass> = []
                    for equilibrium in enumerator.equilibria(at: point) {
                        let equilibriumClass = EquilibriumClass.of(equilibrium.profile)
                        guard keep(equilibriumClass) else { continue }
                        present.insert(equilibriumClass)
                        support[equilibriumClass, default: []].insert(equilibrium.profile)
                    }
                    row.append(present)
                }
                rows.set(j, (row, support))
                j += max(1, jobs)
            }
        }
        let enumerated = rows.all.map { $0!.classes }
        var supportSets: [EquilibriumClass: Set<PureProfile>] = [:]
        for row in rows.all {
            for (equilibriumClass, profiles) in row!.support { supportSets[equilibriumClass, default: []].formUnion(profiles) }
        }
        let classes = supportSets.keys.sorted()
        let supports = supportSets.mapValues { $0.sorted() }

        // 2. The derived conditions of each supporting profile, restricted to the slice.
        var conditions: [EquilibriumClass: [SliceFormula]] = [:]
        var atoms: [EquilibriumClass: [(polynomial: Polynomial, sources: [String])]] = [:]
        for equilibriumClass in classes {
            for profile in supports[equilibriumClass]! {
                let derivation = try Derivation(profile: profile.strategyProfile(), model: slice.model)
                // The formulas do not depend on the sign oracle (it only marks what the assumptions imply).
                let parts = derivation.conditions(for: .someFeasibleBelief, signs: NoSigns()).map { condition in
                    (SliceFormula(condition.formula, slice: slice), condition.label)
                }
                conditions[equilibriumClass, default: []].append(SliceFormula.conjunction(parts.map(\.0)))
                for (formula, label) in parts {
                    for polynomial in formula.thresholds {
                        let source = Self.source(of: label)
                        if let index = atoms[equilibriumClass, default: []].firstIndex(where: { $0.polynomial == polynomial }) {
                            if !atoms[equilibriumClass]![index].sources.contains(source) { atoms[equilibriumClass]![index].sources.append(source) }
                        } else {
                            atoms[equilibriumClass, default: []].append((polynomial, [source]))
                        }
                    }
                }
            }
        }
        var derived: [[Set<EquilibriumClass>?]] = []
        for j in 0..<n {
            derived.append((0..<n).map { i in
                guard enumerated[j][i] != nil else { return nil }
                let point = ExactPoint(variables: [slice.x.name, slice.y.name],
                                       values: [slice.x.name: slice.x.centre(i, of: n), slice.y.name: slice.y.centre(j, of: n)])
                return Set(classes.filter { conditions[$0]!.contains { $0.holds(at: point) } })
            })
        }

        // 3. Boundaries along the thresholds, one threshold per job.
        let verticals = Set(classes.flatMap { atoms[$0]! }.compactMap { Self.root(of: $0.polynomial, in: slice.x.name, free: slice.y.name) })
        let horizontals = Set(classes.flatMap { atoms[$0]! }.compactMap { Self.root(of: $0.polynomial, in: slice.y.name, free: slice.x.name) })
        let work = classes.flatMap { equilibriumClass in atoms[equilibriumClass]!.map { (equilibriumClass, $0.polynomial, $0.sources) } }
        let traced = Slots<BoundaryCurve>(count: work.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let (equilibriumClass, polynomial, sources) = work[index]
            let segments: [[(x: Rational, y: Rational)]]
            if polynomial.degree(in: slice.y.name) == 1 {
                segments = Self.trace(polynomial, along: slice.x, solvingFor: slice.y, extra: verticals, resolution: n,
                                      transpose: false, slice: slice, enumerator: enumerator, equilibriumClass: equilibriumClass,
                                      supports: supports[equilibriumClass]!)
            } else if polynomial.degree(in: slice.x.name) == 1 {
                segments = Self.trace(polynomial, along: slice.y, solvingFor: slice.x, extra: horizontals, resolution: n,
                                      transpose: true, slice: slice, enumerator: enumerator, equilibriumClass: equilibriumClass,
                                      supports: supports[equilibriumClass]!)
            } else {
                return
            }
            traced.set(index, BoundaryCurve(equilibriumClass: equilibriumClass, threshold: RationalFunction(polynomial),
                                            sources: sources, segments: segments))
        }
        let curves = traced.all
        let untraced = curves.filter { $0 == nil }.count
        let boundaries = curves.compactMap { $0 }.filter { !$0.segments.isEmpty }
        self.init(slice: slice, enumerated: enumerated, derived: derived, classes: classes, supports: supports,
                  boundaries: boundaries, untracedThresholds: untraced)
    }

    /// `A greedy, period 1` from a condition's label (`A greedy, period 1: defect rather than cooperate`).
    private static func source(of label: String) -> String {
        let first = label.split(separator: ";").first.map(String.init) ?? label
        if let colon = first.firstIndex(of: ":") { return String(first[..<colon]) }
        if let comma = first.range(of: ", for ") { return String(first[..<comma.lowerBound]) }
        return first
    }

    /// The constant root of a polynomial that is linear in `variable` and free of `free`: a vertical (or
    /// horizontal) line.
    private static func root(of polynomial: Polynomial, in variable: String, free: String) -> Rational? {
        guard polynomial.degree(in: variable) == 1, !polynomial.contains(free) else { return nil }
        let parts = polynomial.coefficients(in: variable)
        guard let slope = parts[1]?.constantValue, let intercept = (parts[0] ?? .zero).constantValue else { return nil }
        return -intercept / slope
    }

    /// Exact points on `g = 0`, solved for the `solvingFor` variable along `axis` (evenly spaced, plus `extra`
    /// values where other thresholds cross), kept where the class exists with some type indifferent;
    /// consecutive kept points form a polyline. Runs that reach the first or last sample are extended to the edge.
    private static func trace(
        _ polynomial: Polynomial, along axis: MapSlice.Axis, solvingFor other: MapSlice.Axis, extra: Set<Rational>,
        resolution: Int, transpose: Bool, slice: MapSlice, enumerator: EquilibriumEnumerator,
        equilibriumClass: EquilibriumClass, supports: [PureProfile]
    ) -> [[(x: Rational, y: Rational)]] {
        let parts = polynomial.coefficients(in: other.name)
        let solution = RationalFunction(-(parts[0] ?? .zero), parts[1]!)
        let steps = min(max(2 * resolution, 20), 400)
        var samples = Set((1..<steps).map { axis.lower + (axis.upper - axis.lower) * Rational($0, steps) })
        samples.formUnion(extra.filter { $0 > axis.lower && $0 < axis.upper })
        let ordered = samples.sorted()
        func point(_ t: Rational) -> (x: Rational, y: Rational)? {
            guard let s = try? solution.evaluated(at: [axis.name: t]) else { return nil }
            return transpose ? (s, t) : (t, s)
        }
        func onBoundary(_ t: Rational) -> Bool {
            guard let (x, y) = point(t), x > slice.x.lower, x < slice.x.upper, y > slice.y.lower, y < slice.y.upper,
                  let values = slice.point(x: x, y: y), slice.admissible(values), let exact = try? enumerator.point(values)
            else { return false }
            // The class's profiles seen on the grid decide most points; only when one holds and none strictly is
            // the whole enumeration needed (a profile not seen on the grid might hold strictly).
            let known = enumerator.evaluate(supports, at: exact).compactMap { $0 }
            if known.isEmpty || known.contains(where: \.isStrict) { return false }
            let found = enumerator.equilibria(at: exact).filter { EquilibriumClass.of($0.profile) == equilibriumClass }
            return !found.isEmpty && !found.contains { $0.isStrict }
        }
        func clipped(_ p: (x: Rational, y: Rational)) -> (x: Rational, y: Rational) {
            (min(max(p.x, slice.x.lower), slice.x.upper), min(max(p.y, slice.y.lower), slice.y.upper))
        }
        func extend(_ run: [(x: Rational, y: Rational)], atStart: Bool, atEnd: Bool) -> [(x: Rational, y: Rational)] {
            var run = run
            if atStart, let edge = point(axis.lower) { run.insert(clipped(edge), at: 0) }
            if atEnd, let edge = point(axis.upper) { run.append(clipped(edge)) }
            return run
        }
        var segments: [[(x: Rational, y: Rational)]] = []
        var current: [(x: Rational, y: Rational)] = []
        var startsAtEdge = false
        for (index, t) in ordered.enumerated() {
            if onBoundary(t) {
                if current.isEmpty { startsAtEdge = index == 0 }
                current.append(point(t)!)
            } else if !current.isEmpty {
                segments.append(extend(current, atStart: startsAtEdge, atEnd: false))
                current = []
            }
        }
        if !current.isEmpty { segments.append(extend(current, atStart: startsAtEdge, atEnd: true)) }
        return segments.filter { $0.count > 1 }
    }
}

/// A derived condition restricted to a slice, with its relations compiled over the two axis variables.
struct SliceFormula: @unchecked Sendable {
    private indirect enum Node {
        case atom(CompiledRationalFunction, RelationOperator)
        case constant(Bool)
        case and([Node])
        case or([Node])
        case not(Node)
    }

    private let node: Node
    let variables: [String]
    /// The numerators of the non-constant relations: the thresholds the condition is made of.
    let thresholds: [Polynomial]

    private init(node: Node, variables: [String], thresholds: [Polynomial]) {
        self.node = node
        self.variables = variables
        self.thresholds = thresholds
    }

    init(_ formula: Formula, slice: MapSlice) {
        let variables = [slice.x.name, slice.y.name]
        var thresholds: [Polynomial] = []
        func build(_ formula: Formula) -> Node {
            switch formula {
            case .relation(let relation):
                guard let lhs = try? relation.lhs.rationalFunction(), let rhs = try? relation.rhs.rationalFunction(),
                      let restricted = slice.restrict(lhs - rhs)
                else { return .constant(false) }
                if let constant = restricted.constantValue { return .constant(relation.relation.holds(forSign: constant.signum)) }
                let normalised = SliceFormula.normalised(restricted.numerator)
                if !thresholds.contains(normalised) { thresholds.append(normalised) }
                return .atom(CompiledRationalFunction(restricted, variables: variables), relation.relation)
            case .and(let parts): return .and(parts.map(build))
            case .or(let parts): return .or(parts.map(build))
            case .not(let inner): return .not(build(inner))
            case .implies(let l, let r): return .or([.not(build(l)), build(r)])
            case .iff(let l, let r):
                let (left, right) = (build(l), build(r))
                return .or([.and([left, right]), .and([.not(left), .not(right)])])
            }
        }
        self.node = build(formula)
        self.variables = variables
        self.thresholds = thresholds
    }

    static func conjunction(_ formulas: [SliceFormula]) -> SliceFormula {
        SliceFormula(node: .and(formulas.map(\.node)), variables: formulas.first?.variables ?? [],
                     thresholds: formulas.flatMap(\.thresholds))
    }

    /// A polynomial scaled so that its lexicographic leading coefficient is 1: one form per zero set.
    static func normalised(_ polynomial: Polynomial) -> Polynomial {
        guard let leading = polynomial.lexicographicLeadingTerm?.coefficient else { return polynomial }
        return leading.reciprocal * polynomial
    }

    /// Whether the condition holds at `point` (values of the two axis variables).
    func holds(at point: ExactPoint) -> Bool {
        func evaluate(_ node: Node) -> Bool {
            switch node {
            case .atom(let function, let relation):
                guard let sign = function.sign(at: point) else { return false }
                return relation.holds(forSign: sign)
            case .constant(let value): return value
            case .and(let parts): return parts.allSatisfy(evaluate)
            case .or(let parts): return parts.contains(where: evaluate)
            case .not(let inner): return !evaluate(inner)
            }
        }
        return evaluate(node)
    }
}

/// A sign oracle that proves nothing: evaluating conditions at points needs no proofs.
private struct NoSigns: SignOracle {
    func sign(of polynomial: Polynomial, in model: GameModel) -> KnownSign? { nil }
}

/// Results filled by concurrent workers, one slot each.
private final class Slots<Value>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock(); values[index] = value; lock.unlock()
    }

    var all: [Value?] {
        lock.lock(); defer { lock.unlock() }
        return values
    }
}

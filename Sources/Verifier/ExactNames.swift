// Foundation also exports a type named `Expression`; in this module the name means Exact's.

import Exact

typealias Expression = Exact.Expression

export { Z95, wilsonInterval, type Limits } from './wilson.js';
export { byarInterval, rateInterval } from './byar.js';
export { intervalFor, type ObservationInterval } from './interval.js';
export { compare, NO_BENCHMARK_VALUE, NO_INTERVAL, NO_LOCAL_VALUE } from './compare.js';
export { quantile, spineSummary, type SpineSummary } from './quantiles.js';

import { createContext } from '@lit/context';
import type { DataSource } from '../model.js';
import type { ComparatorChoice } from '../view-models/comparator-view.js';

/** The data source an `<oat-provider>` shares with every oat-* element inside it. */
export const sourceContext = createContext<DataSource | undefined>(Symbol('oat-source'));

/** The area an `<oat-provider>` shares; an element's own `area` attribute wins over it. */
export const areaContext = createContext<string | undefined>(Symbol('oat-area'));

/** What an `<oat-provider>` compares every element's area with besides England; an element's own attributes win. */
export const comparatorContext = createContext<ComparatorChoice | undefined>(Symbol('oat-comparator'));

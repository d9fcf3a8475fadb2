import type { DomainId } from '../model.js';

export interface DomainDefinition {
  id: DomainId;
  title: string;
  /** Why this part of the model matters for the couple and co-parenting relationship. */
  explanation: string;
}

/**
 * The four parts of the stress–vulnerability–adaptation model (Karney and Bradbury, 1995), in the
 * model's order: outside pressures and what each partner brings feed how the family gets on, and
 * that in turn shapes how children do.
 */
export const DOMAINS: readonly DomainDefinition[] = [
  {
    id: 'stressful-circumstances',
    title: 'Stressful circumstances',
    explanation:
      'Money worries, worklessness and poor or crowded housing press on parents from outside. Couples under that strain argue more and find it harder to support each other.',
  },
  {
    id: 'individual-vulnerabilities',
    title: 'Individual and family vulnerabilities',
    explanation:
      'What each parent carries into the relationship – mental ill-health, drinking or drug use, caring duties, a child with extra needs – shapes how well a couple copes when pressure builds.',
  },
  {
    id: 'family-relationships',
    title: 'Family relationships and dynamics',
    explanation:
      'How parents get on, whether together or apart, is where pressures and vulnerabilities show. Separation, domestic abuse and bringing up children alone all change what support parents need.',
  },
  {
    id: 'children-outcomes',
    title: 'Children’s outcomes',
    explanation:
      'Children feel the effect of frequent, intense or unresolved conflict between their parents. These measures show how children and young people are doing in health, learning and safety.',
  },
];

export function findDomain(id: string | undefined): DomainDefinition | undefined {
  return DOMAINS.find((domain) => domain.id === id);
}

/**
 * The indicator catalogue: one entry per OAT indicator, in the model's order. Long because it is data –
 * 27 entries, each with its reading, why it matters, sources and caveats – and splitting it would only
 * scatter the entries a reviewer needs to see side by side.
 */
import type { IndicatorDefinition } from '../model.js';
import { PUBLICATIONS } from './publications.js';

const PER_10K_CHILDREN = { kind: 'rate', per: 10_000, of: 'children aged under 18' } as const;
const PERCENT = { kind: 'percent' } as const;
const UTLA_2023 = 502;
/** Fingertips profiles: the Public Health Outcomes Framework, and Child and Maternal Health. */
const PHOF = 19;
const CHILD_AND_MATERNAL_HEALTH = 105;
/** Fingertips' sex ids (PholioObjects/Constants.cs SexIds) and the age id for under 18s. */
const PERSONS = 4;
const FEMALE = 2;
const UNDER_18 = 173;

/** How a council can fill a gap, said wherever an indicator has no figures. */
const ADD_YOUR_OWN = 'A council can show its own figure by adding it to a file of its own figures (see “Your council’s own file” in the README).';

/**
 * Shared wording for the five stand-ins built from the Department for Education's count of factors
 * recorded at the end of children-in-need assessments.
 */
const ASSESSMENT_FACTOR_NOTE =
  'These counts come from children’s social care assessments, so they reflect how often services meet and record the issue as well as how common it is.';
/** Why an indicator has no figures in the snapshot, when no published table covers every council. */
const NOT_PUBLISHED_FOR_EVERY_COUNCIL = `No published figure for every upper-tier council was found when the snapshot was built, and the live Fingertips source does not hold this measure. ${ADD_YOUR_OWN}`;
/** The caveat of those stand-ins, for "About this indicator". */
const ASSESSMENT_FACTOR_CAVEAT =
  'Because the counts come from children’s social care assessments, a higher rate can also mean local services meet and record the issue more often, not only that it is more common.';

/**
 * The Opportunity Assessment Tool's indicators, in the order the tool lists them within each domain.
 * Slugs are the public names every part of the project and its users agree on.
 */
export const CATALOGUE: readonly IndicatorDefinition[] = [
  // ── Stressful circumstances ─────────────────────────────────────────────────────────────
  {
    slug: 'families-out-of-work',
    domain: 'stressful-circumstances',
    title: 'Families out of work',
    shortTitle: 'Out of work',
    question: 'How many families with children have nobody in paid work?',
    definition: 'The share of households with dependent children in which no adult has a job.',
    unit: PERCENT,
    publishedPolarity: 'high-is-bad',
    reading: {
      worseWhen: 'higher',
      reason: 'More households with children and nobody in work means more parents under money and job strain.',
    },
    whyItMatters:
      'Losing work, or living without it, is one of the stressful circumstances that most often strains a couple: money worries bring more arguments and leave partners less able to support each other, and children feel the tension.',
    measure: 'Households with dependent children where no adult is in employment (%)',
    oatMeasure: 'Households with dependent children where no adult is in employment (%)',
    decimals: 1,
    sources: [PUBLICATIONS.onsLabourForce],
    noSnapshotData: NOT_PUBLISHED_FOR_EVERY_COUNCIL,
  },
  {
    slug: 'family-homelessness',
    domain: 'stressful-circumstances',
    title: 'Family homelessness',
    shortTitle: 'Homeless families',
    question: 'How many families with children are homeless or about to be?',
    definition: 'Households with dependent children owed a statutory homelessness duty by the council, per 1,000 households.',
    unit: { kind: 'rate', per: 1_000, of: 'households' },
    publishedPolarity: 'high-is-bad',
    reading: {
      worseWhen: 'higher',
      reason: 'More families owed a homelessness duty means more parents facing the upheaval of losing their home.',
    },
    whyItMatters:
      'Losing a home, or living with the threat of it, is among the most stressful things a family goes through. The insecurity and moves strain parents’ relationship and disrupt children’s schooling and friendships.',
    measure: 'Households with dependent children owed a homelessness duty, per 1,000 households',
    oatMeasure: 'Family homelessness (statutory homelessness of households with dependent children)',
    decimals: 1,
    sources: [PUBLICATIONS.mhclgHomelessness],
    noSnapshotData: NOT_PUBLISHED_FOR_EVERY_COUNCIL,
  },
  {
    slug: 'children-in-low-income-families',
    domain: 'stressful-circumstances',
    title: 'Children in low income families',
    shortTitle: 'Child poverty',
    question: 'How many children grow up in a family living on a low income?',
    definition:
      'The share of children under 16 living in families whose income before housing costs is below 60% of the national median (relative low income).',
    unit: PERCENT,
    publishedPolarity: 'high-is-bad',
    reading: {
      worseWhen: 'higher',
      reason: 'More children in low income families means more parents under money pressure.',
    },
    whyItMatters:
      'Money worries are one of the commonest causes of conflict between parents. Families on low incomes meet more of the daily stresses that wear a relationship down, and their children are more exposed to that conflict.',
    measure: 'Children aged under 16 in relative low income families, before housing costs (%)',
    oatMeasure: 'Children aged 0–15 in low income families (HMRC measure, %)',
    successor: {
      replaces: 'HMRC children in low-income families local measure (Fingertips 10101)',
      reason:
        'HMRC stopped publishing its local measure after 2016. DWP and HMRC now publish the children in low income families local area statistics, which count children in relative low income and are calibrated to the national household income survey.',
    },
    decimals: 1,
    sources: [PUBLICATIONS.dwpLowIncome, PUBLICATIONS.dfeLait],
  },
  {
    slug: 'household-overcrowding',
    domain: 'stressful-circumstances',
    title: 'Household overcrowding',
    shortTitle: 'Overcrowding',
    question: 'How many households live in homes with too few bedrooms?',
    definition: 'The share of households with fewer bedrooms than the bedroom standard says they need (an occupancy rating of −1 or less) at the 2021 Census.',
    unit: PERCENT,
    publishedPolarity: 'high-is-bad',
    reading: {
      worseWhen: 'higher',
      reason: 'More overcrowded homes means more families living without enough room.',
    },
    whyItMatters:
      'A crowded home gives parents and children little space or privacy, which raises tension and makes it harder to step away from a disagreement.',
    measure: 'Households with an occupancy rating for bedrooms of −1 or less, Census 2021 (%)',
    oatMeasure: 'Overcrowded households (%)',
    decimals: 1,
    sources: [PUBLICATIONS.onsCensus],
  },

  // ── Individual and family vulnerabilities ──────────────────────────────────────────────
  {
    slug: 'adult-mental-health',
    domain: 'individual-vulnerabilities',
    title: 'Parental mental health concerns at children-in-need assessments',
    shortTitle: 'Parental mental health',
    question: 'How often is a parent’s mental health a concern when children’s social care assesses a family?',
    definition: `Children-in-need assessments that ended with a parent’s or carer’s mental health recorded as a factor, per 10,000 children. ${ASSESSMENT_FACTOR_NOTE}`,
    unit: PER_10K_CHILDREN,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More assessments finding a parent’s mental health a concern means more families where a parent is struggling.',
      caveat: ASSESSMENT_FACTOR_CAVEAT,
    },
    whyItMatters:
      'A parent’s anxiety or depression changes how a couple talks, copes with stress and supports each other, and it is both a cause and a result of conflict at home.',
    measure: 'Assessments with parental mental health identified as a factor, per 10,000 children aged under 18',
    oatMeasure: 'Mixed anxiety and depressive disorder, estimated % of the population aged 16–74',
    standIn: {
      reason:
        'The OAT’s modelled estimate of common mental disorders is not in the snapshot sources. This measures the same family risk – a parent struggling with their mental health – where it comes to the attention of children’s services.',
    },
    decimals: 1,
    sources: [PUBLICATIONS.dfeChildrenInNeed, PUBLICATIONS.onsPopulation],
  },
  {
    slug: 'adult-low-wellbeing',
    domain: 'individual-vulnerabilities',
    title: 'Adults’ life satisfaction',
    shortTitle: 'Life satisfaction',
    question: 'How satisfied with their lives are adults in the area?',
    definition:
      'The average answer adults aged 16 and over give, on a scale from 0 (not at all) to 10 (completely), when asked how satisfied they are with their life nowadays.',
    unit: { kind: 'score', label: 'out of 10', min: 0, max: 10 },
    publishedPolarity: 'high-is-good',
    reading: {
      worseWhen: 'lower',
      reason: 'A lower average score means more adults are dissatisfied with their lives.',
    },
    whyItMatters:
      'How satisfied adults are with their lives reflects the pressures and vulnerabilities they bring to their relationships; when wellbeing is low, partners find it harder to support each other.',
    measure: 'Mean life satisfaction score of adults aged 16 and over (0–10), Annual Population Survey',
    oatMeasure: 'Self-reported well-being: % of people with a low satisfaction score',
    standIn: {
      reason:
        'The percentage with a low score is not in the snapshot sources. The mean score from the same survey question measures the same thing from the other side: a lower average means more adults are dissatisfied.',
    },
    decimals: 2,
    sources: [PUBLICATIONS.onsWellbeing],
  },
  {
    slug: 'pupils-with-sen',
    domain: 'individual-vulnerabilities',
    title: 'Pupils with special educational needs',
    shortTitle: 'Pupils with SEN',
    question: 'How many pupils need extra help with their learning?',
    definition:
      'The share of pupils at the area’s schools who receive SEN support or have an education, health and care plan, as recorded in the January school census.',
    unit: PERCENT,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More pupils with special educational needs means more parents meeting the extra demands of a child who needs more help.',
      caveat: 'A higher share can also mean local schools identify needs more readily, not only that needs are more common.',
    },
    whyItMatters:
      'Bringing up a child with special educational needs can mean extra care, worry and dealings with services, which test a couple’s relationship; the original tool counts it as a family vulnerability.',
    measure: 'Pupils with SEN support plus pupils with an EHC plan or statement, all schools (%)',
    oatMeasure: 'Pupils with SEN: % of all school-age pupils with special educational needs',
    decimals: 1,
    sources: [PUBLICATIONS.dfeSen, PUBLICATIONS.dfeLait],
  },
  {
    slug: 'young-carers',
    domain: 'individual-vulnerabilities',
    title: 'Young carers identified at children-in-need assessments',
    shortTitle: 'Young carers',
    question: 'How often do children’s services find a child caring for someone in the family?',
    definition: `Children-in-need assessments that ended with the child recorded as a young carer, per 10,000 children. ${ASSESSMENT_FACTOR_NOTE}`,
    unit: PER_10K_CHILDREN,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More young carers found means more families where a child is looking after a relative.',
      caveat: ASSESSMENT_FACTOR_CAVEAT,
    },
    whyItMatters:
      'A child caring for a parent or sibling is a sign of illness, disability or addiction in the family, and of pressure on the adults as well as on the child.',
    measure: 'Assessments with the child identified as a young carer, per 10,000 children aged under 18',
    oatMeasure: 'Children providing care: % of children aged under 15 who provide unpaid care',
    standIn: {
      reason:
        'Census 2021 counts of carers aged 5–17 are not available by local authority in the snapshot sources. This counts the same family risk – a child taking on care for a relative – where children’s services meet it.',
    },
    decimals: 1,
    sources: [PUBLICATIONS.dfeChildrenInNeed, PUBLICATIONS.onsPopulation],
  },
  {
    slug: 'families-with-health-problems',
    domain: 'individual-vulnerabilities',
    title: 'Households with a disabled person',
    shortTitle: 'Disability in household',
    question: 'How many households include someone whose day-to-day life is limited by disability or long-term illness?',
    definition:
      'The share of households in which at least one person is disabled under the Equality Act (day-to-day activities limited by a long-term physical or mental health condition) at the 2021 Census.',
    unit: PERCENT,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More households with a disabled person means more families living with the strain of illness or disability.',
    },
    whyItMatters:
      'Long-term illness or disability in a household brings caring, money worries and uncertainty about the future, all of which put pressure on parents’ relationship.',
    measure: 'Households with one or more disabled people, Census 2021 (%)',
    oatMeasure: 'Families with health problems',
    standIn: {
      reason:
        'The OAT does not define a published measure for this. Census 2021 gives the share of households living with disability or long-term illness, which is the same pressure on family life; it covers all households, not only those with children.',
    },
    decimals: 1,
    sources: [PUBLICATIONS.onsCensus],
  },
  {
    slug: 'children-in-need',
    domain: 'individual-vulnerabilities',
    title: 'Children in need',
    shortTitle: 'Children in need',
    question: 'How many children need help from children’s social care to be safe and develop well?',
    definition:
      'Children recorded as in need under the Children Act 1989 on 31 March, per 10,000 children aged under 18. This includes children on child protection plans and children looked after.',
    unit: PER_10K_CHILDREN,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More children in need means more families who need children’s social care to keep their children safe and well.',
      caveat:
        'A higher rate can also mean that local services find and record more of the families who need help, so read it alongside what you know of local practice.',
    },
    whyItMatters:
      'Children are assessed as in need when their family faces serious difficulties – often the same pressures that strain parents’ relationships, such as domestic abuse, a parent’s mental ill-health or substance misuse.',
    measure: 'Children in need at 31 March, per 10,000 children aged under 18',
    oatMeasure: 'Children in need: rate per 10,000 children aged under 18',
    decimals: 1,
    sources: [PUBLICATIONS.dfeChildrenInNeed, PUBLICATIONS.dfeLait, PUBLICATIONS.onsPopulation],
  },
  {
    slug: 'parents-in-alcohol-treatment',
    domain: 'individual-vulnerabilities',
    title: 'Parental alcohol misuse identified at children-in-need assessments',
    shortTitle: 'Parental alcohol misuse',
    question: 'How often is a parent’s drinking a concern when children’s social care assesses a family?',
    definition: `Children-in-need assessments that ended with alcohol misuse by a parent or carer recorded as a factor, per 10,000 children. ${ASSESSMENT_FACTOR_NOTE}`,
    unit: PER_10K_CHILDREN,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More assessments finding parental alcohol misuse means more families living with a parent’s harmful drinking.',
      caveat: ASSESSMENT_FACTOR_CAVEAT,
    },
    whyItMatters: 'A parent’s harmful drinking is linked with more frequent and more damaging conflict between parents, and with children’s exposure to it.',
    measure: 'Assessments with parental alcohol misuse identified as a factor, per 10,000 children aged under 18',
    oatMeasure: 'Parents in alcohol treatment: rate per 100,000 children aged 0–15',
    standIn: {
      reason:
        'Counts of adults in alcohol treatment who live with children are not in the snapshot sources. This measures the same family risk – a parent’s harmful drinking – where children’s services meet it.',
    },
    decimals: 1,
    sources: [PUBLICATIONS.dfeChildrenInNeed, PUBLICATIONS.onsPopulation],
  },
  {
    slug: 'parents-in-drug-treatment',
    domain: 'individual-vulnerabilities',
    title: 'Parental drug misuse identified at children-in-need assessments',
    shortTitle: 'Parental drug misuse',
    question: 'How often is a parent’s drug use a concern when children’s social care assesses a family?',
    definition: `Children-in-need assessments that ended with drug misuse by a parent or carer recorded as a factor, per 10,000 children. ${ASSESSMENT_FACTOR_NOTE}`,
    unit: PER_10K_CHILDREN,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More assessments finding parental drug misuse means more families living with a parent’s drug use.',
      caveat: ASSESSMENT_FACTOR_CAVEAT,
    },
    whyItMatters:
      'A parent’s drug misuse is linked with more frequent and more damaging conflict between parents, with money problems and with children’s exposure to all of these.',
    measure: 'Assessments with parental drug misuse identified as a factor, per 10,000 children aged under 18',
    oatMeasure: 'Parents in drug treatment: rate per 100,000 children aged 0–15',
    standIn: {
      reason:
        'Counts of adults in drug treatment who live with children are not in the snapshot sources. This measures the same family risk – a parent’s drug misuse – where children’s services meet it.',
    },
    decimals: 1,
    sources: [PUBLICATIONS.dfeChildrenInNeed, PUBLICATIONS.onsPopulation],
  },
  {
    slug: 'unpaid-carers',
    domain: 'individual-vulnerabilities',
    title: 'Unpaid carers',
    shortTitle: 'Unpaid carers',
    question: 'How many people look after a relative, friend or neighbour without being paid?',
    definition:
      'The share of residents aged 5 and over who gave any unpaid care to someone with a long-term illness, disability or problems of old age at the 2021 Census.',
    unit: PERCENT,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More unpaid carers means more people, many of them parents, giving care on top of work and family life.',
      caveat: 'Caring is also support that families give each other; a high share is a sign of pressure on carers, not a failing of the area.',
    },
    whyItMatters: 'Caring for a relative takes time, energy and money, and carers often say it strains their own relationships and wellbeing.',
    measure: 'Usual residents aged 5 and over providing unpaid care, Census 2021 (%)',
    oatMeasure: 'Unpaid carers: % of population',
    decimals: 1,
    sources: [PUBLICATIONS.onsCensus],
  },

  // ── Family relationships and dynamics ──────────────────────────────────────────────────
  {
    slug: 'relationship-breakdown',
    domain: 'family-relationships',
    title: 'Separated or divorced adults',
    shortTitle: 'Separated or divorced',
    question: 'How many adults have been through the break-up of a marriage or civil partnership?',
    definition:
      'The share of residents aged 16 and over who were separated (still legally married or in a civil partnership), divorced, or whose civil partnership had been dissolved, at the 2021 Census.',
    unit: PERCENT,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More separated or divorced adults means more families have been through a break-up.',
      caveat:
        'Separation can be the better outcome for a family in conflict; a higher share points to parents who may need help, not to anyone’s choices being wrong.',
    },
    whyItMatters:
      'Separation is where relationship difficulties show most plainly. Children do best when separated parents can bring them up without conflict, so a high share points to parents who may need help to co-parent.',
    measure: 'Usual residents aged 16 and over who are separated, divorced or whose civil partnership is dissolved, Census 2021 (%)',
    oatMeasure: 'Marital break-up: % of adults',
    decimals: 1,
    sources: [PUBLICATIONS.onsCensus],
  },
  {
    slug: 'domestic-abuse',
    domain: 'family-relationships',
    title: 'Domestic abuse identified at children-in-need assessments',
    shortTitle: 'Domestic abuse',
    question: 'How often is domestic abuse between adults a concern when children’s social care assesses a family?',
    definition: `Children-in-need assessments that ended with domestic abuse involving a parent or carer recorded as a factor, per 10,000 children. ${ASSESSMENT_FACTOR_NOTE}`,
    unit: PER_10K_CHILDREN,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More assessments finding domestic abuse means more children living with abuse between the adults at home.',
      caveat: ASSESSMENT_FACTOR_CAVEAT,
    },
    whyItMatters: 'Domestic abuse is the most harmful form of conflict between parents, and children who live with it are at risk of lasting harm.',
    measure: 'Assessments with domestic abuse concerning a parent or carer identified as a factor, per 10,000 children aged under 18',
    oatMeasure: 'Domestic abuse incidents recorded by the police, rate per 1,000 population',
    standIn: {
      reason:
        'Police-recorded incidents by local authority are not in the snapshot sources. This measures the same family risk – abuse between the adults in a child’s home – where children’s services meet it.',
    },
    decimals: 1,
    sources: [PUBLICATIONS.dfeChildrenInNeed, PUBLICATIONS.onsPopulation],
  },
  {
    slug: 'lone-parent-households',
    domain: 'family-relationships',
    title: 'Lone parent households',
    shortTitle: 'Lone parents',
    question: 'How many households are one parent bringing up dependent children?',
    definition: 'The share of households that are a lone parent family with at least one dependent child at the 2021 Census.',
    unit: PERCENT,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason: 'More lone parent households means more parents bringing up children on their own, who may need help to co-parent with a former partner.',
      caveat: 'This describes how families are made up, not how well they are doing.',
    },
    whyItMatters:
      'Lone parents often manage a co-parenting relationship with a former partner as well as money and time pressures; the original tool counts this as a sign of parents who may benefit from relationship support.',
    measure: 'Lone parent family households with dependent children, Census 2021 (% of all households)',
    oatMeasure: 'Lone parent households: % of households',
    decimals: 1,
    sources: [PUBLICATIONS.onsCensus],
  },
  {
    slug: 'births-outside-marriage',
    domain: 'family-relationships',
    title: 'Births outside marriage or civil partnership',
    shortTitle: 'Births outside marriage',
    question: 'How many babies are born to parents who are not married or in a civil partnership?',
    definition: 'The share of live births registered to parents who were not married to, or in a civil partnership with, each other.',
    unit: PERCENT,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason:
        'On average, parents who are not married or in a civil partnership separate more often, so more such births points to more families at risk of a break-up.',
      caveat: 'Many unmarried parents stay together; this shows where the risk is higher on average, not a judgement of any family.',
    },
    whyItMatters:
      'The original tool uses it because, on average, children born to parents who are not married are more likely to see their parents separate while they are young.',
    measure: 'Live births outside marriage or civil partnership (%)',
    oatMeasure: '% births outside marriage or civil partnership',
    decimals: 1,
    sources: [PUBLICATIONS.onsBirths],
    noSnapshotData: NOT_PUBLISHED_FOR_EVERY_COUNCIL,
  },

  // ── Children's outcomes ────────────────────────────────────────────────────────────────
  {
    slug: 'wellbeing-age-15',
    domain: 'children-outcomes',
    title: 'Wellbeing of 15 year olds',
    shortTitle: 'Wellbeing at 15',
    question: 'How good do 15 year olds say their mental wellbeing is?',
    definition:
      'The average score of 15 year olds on the Warwick-Edinburgh Mental Wellbeing Scale (14 to 70, higher is better), from a national survey of young people.',
    unit: { kind: 'score', label: 'out of 70', min: 14, max: 70 },
    publishedPolarity: 'high-is-good',
    reading: {
      worseWhen: 'lower',
      reason: 'A lower average score means 15 year olds say their mental wellbeing is poorer: a worse outcome for children.',
    },
    whyItMatters: 'Children’s emotional wellbeing is one of the outcomes most affected by frequent, intense or unresolved conflict between their parents.',
    measure: 'Mean WEMWBS score at age 15',
    oatMeasure: 'Well-being in 15 year olds: WEMWBS score at age 15',
    decimals: 1,
    sources: [PUBLICATIONS.ohidFingertips],
    noSnapshotData: `The survey behind this indicator (What About YOuth?) was last run in 2014; its figures were not in the snapshot sources and the live Fingertips source is not asked for them. ${ADD_YOUR_OWN}`,
  },
  {
    slug: 'low-life-satisfaction-age-15',
    domain: 'children-outcomes',
    title: '15 year olds with low life satisfaction',
    shortTitle: 'Low life satisfaction at 15',
    question: 'How many 15 year olds are unhappy with their lives?',
    definition: 'The share of 15 year olds who rated their satisfaction with life as low in a national survey of young people.',
    unit: PERCENT,
    publishedPolarity: 'high-is-bad',
    reading: {
      worseWhen: 'higher',
      reason: 'More 15 year olds unhappy with their lives is a worse outcome for children.',
    },
    whyItMatters:
      'Children’s happiness with their lives is one of the outcomes most affected by frequent, intense or unresolved conflict between their parents.',
    measure: '15 year olds reporting low life satisfaction (%)',
    oatMeasure: 'Low satisfaction with life among 15 year olds: % reporting low life satisfaction',
    decimals: 1,
    sources: [PUBLICATIONS.ohidFingertips],
    noSnapshotData: `The survey behind this indicator (What About YOuth?) was last run in 2014; its figures were not in the snapshot sources and the live Fingertips source is not asked for them. ${ADD_YOUR_OWN}`,
  },
  {
    slug: 'child-mental-health-disorders',
    domain: 'children-outcomes',
    title: 'Children and young people with a mental health disorder',
    shortTitle: 'Child mental health',
    question: 'How many children and young people are estimated to have a mental health disorder?',
    definition: 'The estimated share of children aged 5–16 with a diagnosable mental health disorder, modelled from national survey results.',
    unit: PERCENT,
    publishedPolarity: 'high-is-bad',
    reading: {
      worseWhen: 'higher',
      reason: 'More children with a mental health disorder is a worse outcome for children.',
    },
    whyItMatters: 'Children exposed to damaging conflict between their parents are more likely to develop anxiety, depression and behaviour problems.',
    measure: 'Estimated prevalence of mental health disorders, ages 5–16 (%)',
    oatMeasure: 'Estimated prevalence of mental health disorders in children and young people: % of population aged 5–16',
    decimals: 1,
    sources: [PUBLICATIONS.ohidFingertips],
    noSnapshotData: `The modelled estimates were not in the snapshot sources, cannot be rebuilt from counts, and the live Fingertips source is not asked for them. ${ADD_YOUR_OWN}`,
  },
  {
    slug: 'under-18-conceptions',
    domain: 'children-outcomes',
    title: 'Under 18 conceptions',
    shortTitle: 'Under 18 conceptions',
    question: 'How many teenage girls become pregnant before they turn 18?',
    definition:
      'Conceptions to girls aged under 18, per 1,000 girls aged 15 to 17 (the age group nearly all of them are in), in the calendar year. It counts pregnancies that led to a birth or a legal abortion.',
    unit: { kind: 'rate', per: 1_000, of: 'girls aged 15–17' },
    publishedPolarity: 'high-is-bad',
    reading: {
      worseWhen: 'higher',
      reason: 'More conceptions under 18 is a worse outcome for young people.',
    },
    whyItMatters:
      'Becoming a parent very young brings money, housing and relationship pressures all at once, and the next generation of children starts life with those pressures.',
    measure: 'Conceptions to women aged under 18, per 1,000 women aged 15–17',
    oatMeasure: 'Under 18 pregnancy: rate of conceptions per 1,000 females aged 15–17',
    decimals: 1,
    sources: [PUBLICATIONS.onsConceptions, PUBLICATIONS.dfeLait],
    // 20401 is "Under18Conceptions" in fingertips-open's PholioObjects/Constants.cs; PHOF 2.04 (profile 19).
    // Female, under 18 (age 173 = "<18 yrs" in FingertipsNext search-setup/assets/agedata.csv).
    fingertips: {
      indicatorId: 20401,
      sexId: FEMALE,
      ageId: UNDER_18,
      areaTypeId: UTLA_2023,
      profileId: PHOF,
      confidence: 'verified',
      profileConfidence: 'verified',
    },
  },
  {
    slug: 'pupils-with-semh-needs',
    domain: 'children-outcomes',
    title: 'Education, health and care plans for social, emotional and mental health needs',
    shortTitle: 'Emotional and mental health needs',
    question: 'How many education, health and care plans are for children whose main need is social, emotional or mental health?',
    definition: 'The share of the council’s education, health and care plans in January whose primary need is social, emotional and mental health (SEMH).',
    unit: PERCENT,
    publishedPolarity: 'no-judgement',
    reading: {
      worseWhen: 'higher',
      reason:
        'A larger share of plans for social, emotional and mental health needs points to more children whose main difficulty is their emotional or mental health: a worse outcome for children.',
      caveat: 'This is the make-up of the council’s plans, which local assessment practice also shapes.',
    },
    whyItMatters: 'Children’s social, emotional and mental health is the outcome most directly linked to how their parents get on.',
    measure: 'EHC plans with social, emotional and mental health as the primary need (% of all EHC plans)',
    oatMeasure: 'Pupils with behavioural, emotional and social support needs: % of school pupils',
    successor: {
      replaces: 'Behavioural, emotional and social difficulties (BESD)',
      reason: 'The 2014 SEND reforms replaced BESD with social, emotional and mental health (SEMH) as a type of need.',
    },
    standIn: {
      reason:
        'The school census share of all pupils with these needs is not in the snapshot sources. The share of education, health and care plans made for them shows how large a part social, emotional and mental health plays in the most serious special needs locally.',
    },
    decimals: 1,
    sources: [PUBLICATIONS.dfeEhcPlans],
  },
  {
    slug: 'school-readiness',
    domain: 'children-outcomes',
    title: 'School readiness',
    shortTitle: 'School readiness',
    question: 'How many children are ready for school by the end of Reception?',
    definition: 'The share of children reaching a good level of development in the early years foundation stage profile at the end of their Reception year.',
    unit: PERCENT,
    publishedPolarity: 'high-is-good',
    reading: {
      worseWhen: 'lower',
      reason: 'Fewer children ready for school is a worse outcome for children.',
    },
    whyItMatters: 'Children who live with damaging conflict at home can struggle to develop the emotional and social skills they need when they start school.',
    measure: 'Children achieving a good level of development at the end of Reception (%)',
    oatMeasure: 'School readiness: % of children achieving a good level of development at the end of Reception',
    decimals: 1,
    sources: [PUBLICATIONS.dfeEyfsp, PUBLICATIONS.dfeLait],
    // 90631 sits beside 90632 (school readiness with free school meals, traffordDataLab); fingertipsR's own tests ask
    // for 90631 in PHOF (profile 19). Persons, as callers filter it (Sex == "Persons"); the age id is not confirmed.
    fingertips: { indicatorId: 90631, sexId: PERSONS, areaTypeId: UTLA_2023, profileId: PHOF, confidence: 'medium', profileConfidence: 'medium' },
  },
  {
    slug: 'gcse-attainment',
    domain: 'children-outcomes',
    title: 'GCSE attainment (Attainment 8)',
    shortTitle: 'Attainment 8',
    question: 'How well do pupils do in their GCSEs?',
    definition:
      'The average Attainment 8 score of pupils at the end of key stage 4 in state-funded schools: their grades across eight GCSE-level subjects, with English and maths counted twice.',
    unit: { kind: 'score', label: 'points', min: 0, max: 90 },
    publishedPolarity: 'high-is-good',
    reading: {
      worseWhen: 'lower',
      reason: 'Lower GCSE results are a worse outcome for children.',
    },
    whyItMatters: 'Conflict between parents affects children’s concentration and behaviour at school, and through them their results.',
    measure: 'Average Attainment 8 score per pupil, state-funded schools',
    oatMeasure: '% of pupils achieving 5 or more A*–C GCSEs including English and maths',
    successor: {
      replaces: '5 or more A*–C GCSEs including English and maths',
      reason:
        'GCSEs moved to 9–1 grades from 2017 and the 5 A*–C measure was withdrawn; Attainment 8 has been the headline measure of GCSE results since 2016.',
    },
    decimals: 1,
    sources: [PUBLICATIONS.dfeKs4, PUBLICATIONS.dfeLait],
  },
  {
    slug: 'looked-after-children',
    domain: 'children-outcomes',
    title: 'Looked after children',
    shortTitle: 'Looked after',
    question: 'How many children are in the care of the council?',
    definition: 'Children looked after by the council on 31 March, per 10,000 children aged under 18.',
    unit: PER_10K_CHILDREN,
    // Fingertips judges it ("Worse" is higher in every one of 1,019 Better/Worse rows of traffordDataLab's
    // 2011–2018 download of 90803), though DfE's LAIT makes no judgement.
    publishedPolarity: 'high-is-bad',
    reading: {
      worseWhen: 'higher',
      reason: 'More children in care means more children who could not stay safely at home: a worse outcome for children.',
      caveat: 'The rate also reflects local practice and decisions, not only how many families need help.',
    },
    whyItMatters: 'Family breakdown, domestic abuse and parents’ own difficulties are among the main reasons children come into care.',
    measure: 'Children looked after at 31 March, per 10,000 children aged under 18',
    oatMeasure: 'Looked after children: rate per 10,000 children aged under 18',
    decimals: 0,
    sources: [PUBLICATIONS.dfeLookedAfter, PUBLICATIONS.onsPopulation],
    // "Children in care: rate per 10,000 population aged < 18" (traffordDataLab children_in_care.R, "PHE Fingertips
    // (Child and Maternal Health)"); profile 105 is Child and Maternal Health (live calls in third-party code name it
    // so). It is not in PHOF, so a request naming only profile 19 never returns it.
    fingertips: {
      indicatorId: 90803,
      sexId: PERSONS,
      ageId: UNDER_18,
      areaTypeId: UTLA_2023,
      profileId: CHILD_AND_MATERNAL_HEALTH,
      confidence: 'verified',
      profileConfidence: 'verified',
    },
  },
  {
    slug: 'first-time-entrants-youth-justice',
    domain: 'children-outcomes',
    title: 'First time entrants to the youth justice system',
    shortTitle: 'Youth justice entrants',
    question: 'How many children receive their first caution or conviction?',
    definition:
      'Children aged 10 to 17 living in the area who received their first youth caution or conviction in the calendar year, per 100,000 children of that age.',
    unit: { kind: 'rate', per: 100_000, of: 'children aged 10–17' },
    publishedPolarity: 'high-is-bad',
    reading: {
      worseWhen: 'higher',
      reason: 'More children entering the youth justice system is a worse outcome for children.',
    },
    whyItMatters: 'Children who grow up with a lot of conflict at home are more likely to show behaviour problems, which can lead to offending.',
    measure: 'First time entrants to the youth justice system, per 100,000 aged 10–17',
    oatMeasure: 'First time entrants to the youth justice system: rate per 100,000 population aged 10–17',
    decimals: 0,
    sources: [PUBLICATIONS.yjbFirstTimeEntrants, PUBLICATIONS.dfeLait],
    // 10401 by the PHOF numbering (PHOF 1.04, profile 19); callers filter it to Sex == "Persons". Age id not confirmed.
    fingertips: { indicatorId: 10401, sexId: PERSONS, areaTypeId: UTLA_2023, profileId: PHOF, confidence: 'medium', profileConfidence: 'medium' },
  },
  {
    slug: 'neet-16-17',
    domain: 'children-outcomes',
    title: '16 and 17 year olds not in education, employment or training',
    shortTitle: 'NEET 16–17',
    question: 'How many 16 and 17 year olds are not learning or working, or are out of touch with the council?',
    definition:
      'The share of 16 and 17 year olds known to the council who are not in education, employment or training, or whose activity the council does not know, averaged over December to February.',
    unit: PERCENT,
    publishedPolarity: 'high-is-bad',
    reading: {
      worseWhen: 'higher',
      reason: 'More 16 and 17 year olds not learning or working is a worse outcome for young people.',
    },
    whyItMatters:
      'Young people who leave learning early face poorer prospects, and conflict or instability at home makes it harder to stay in education or training.',
    measure: '16–17 year olds not in education, employment or training, or whose activity is not known (%)',
    oatMeasure: '16–18 year olds not in education, employment or training (%)',
    successor: {
      replaces: '16–18 NEET (PHOF 1.05, Fingertips 10501)',
      reason:
        'When the participation age rose to 18, councils’ duty to track young people moved to academic ages 16 and 17; the published measure became 16–17 year olds NEET or whose activity is not known.',
    },
    decimals: 1,
    sources: [PUBLICATIONS.dfeNccis, PUBLICATIONS.dfeLait],
    // 93203 "16-17 year olds not in education, employment or training (NEET) or whose activity is not known",
    // "PHE Fingertips (PHOF 1.05)" (traffordDataLab neets.R, which keeps Sex == "Persons"). Age id not confirmed.
    fingertips: { indicatorId: 93203, sexId: PERSONS, areaTypeId: UTLA_2023, profileId: PHOF, confidence: 'verified', profileConfidence: 'verified' },
  },
];

/** Look an indicator up by slug. */
export function findIndicator(slug: string): IndicatorDefinition | undefined {
  return CATALOGUE.find((indicator) => indicator.slug === slug);
}

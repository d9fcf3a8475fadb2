/** Where the assessment comes from, credited on the assessment, its "so what?" section, the print pack and the docs. */
export const TOOL_CREDIT =
  'Based on the Local Family Offer Opportunity Assessment Tool by OnePlusOne and Innovation Unit, part of the Local Family Offer programme funded by the Department for Work and Pensions.';

/** The credit for the "so what?" questions and the pilot councils' examples, which are retold in this library's own words. */
export const SO_WHAT_CREDIT =
  'The four questions and the pilot councils’ examples are retold from the “so what?” page of the Local Family Offer Opportunity Assessment Tool by OnePlusOne and Innovation Unit (Local Family Offer programme, funded by the Department for Work and Pensions, 2015–2017). The councils used the figures of that time; today’s may differ.';

/**
 * Focus outlines of at least 3:1 against every theme's background (issue 15, WCAG 2.2 non-text
 * contrast): the default (the page's own colours, on a light and on a dark page), the themes shipped in
 * embed/oat-themes.css and those the stories show. A control is focused with the keyboard, so that
 * :focus-visible applies as it does for a reader.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/oat-domain/define.js';
import type { OatDomain } from '../../components/oat-domain/oat-domain.js';
import { THEME_CSS } from '../../stories/frames.js';
import { settled } from './helpers.js';
import { contrast } from '../contrast.js';

const shippedThemes = await (await fetch('/embed/oat-themes.css')).text();

const cases: { name: string; css: string; className: string }[] = [
  { name: 'default, light page', css: '.light-page { background: #ffffff; color: #0b0c0c; }', className: 'light-page' },
  { name: 'default, dark page', css: '.dark-page { background: #1d1d1b; color: #f3f2f1; }', className: 'dark-page' },
  { name: 'embed dark', css: shippedThemes, className: 'oat-theme-dark' },
  { name: 'embed high contrast', css: shippedThemes, className: 'oat-theme-high-contrast' },
  ...['dark', 'high-contrast', 'council'].map((theme) => ({ name: `story ${theme}`, css: THEME_CSS, className: `oat-theme-${theme}` })),
];

describe('focus outlines', () => {
  for (const { name, css, className } of cases) {
    it(`contrast at least 3:1 with the background in the ${name} theme`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div class=${className} style="padding: 1rem"><oat-domain domain="stressful-circumstances" area="E09000008"></oat-domain></div>`,
        );
        const element = wrapper.querySelector<OatDomain>('oat-domain')!;
        await settled(element);
        const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
        element.shadowRoot!.querySelector<HTMLButtonElement>('[part="download"]')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(element.shadowRoot!.activeElement).to.equal(toggle);
        const outline = getComputedStyle(toggle);
        expect(outline.outlineStyle).to.equal('solid');
        expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
        const background = getComputedStyle(wrapper).backgroundColor;
        const ratio = contrast(outline.outlineColor, background);
        expect(ratio, `${outline.outlineColor} on ${background}`).to.be.at.least(3);
      } finally {
        style.remove();
      }
    });
  }
});

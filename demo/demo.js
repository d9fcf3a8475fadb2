// Choosing a segment of the opportunity map shows that indicator on the map of England below it.
const englandMap = document.getElementById('england-map');
document.addEventListener('oat-indicator-select', (event) => {
  englandMap.setAttribute('indicator', event.detail.indicator);
  englandMap.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
});

/** Small inline icons: no icon font to load, and they follow the text colour. */
const common = { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': true, focusable: false } as const;

export function PrevIcon() {
  return (
    <svg {...common}>
      <rect x="2" y="2" width="2" height="10" fill="currentColor" />
      <path d="M12 2 L5 7 L12 12 Z" fill="currentColor" />
    </svg>
  );
}

export function NextIcon() {
  return (
    <svg {...common}>
      <path d="M2 2 L9 7 L2 12 Z" fill="currentColor" />
      <rect x="10" y="2" width="2" height="10" fill="currentColor" />
    </svg>
  );
}

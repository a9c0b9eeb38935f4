// The bare page's layout: nothing but the document, so the page measures Next.js itself.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

import { createRoot } from 'react-dom/client';

function Popup() {
  return <main>ICP Lens</main>;
}

createRoot(document.getElementById('root')!).render(<Popup />);

import { createRoot } from 'react-dom/client';
import { ResultPage } from '../../components/result/ResultPage';

createRoot(document.getElementById('root')!).render(<ResultPage mode="popup" />);

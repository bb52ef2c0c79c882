import { describeResearchSearch } from './search-research-suite';

describeResearchSearch({ name: 'e2e-research-root' });

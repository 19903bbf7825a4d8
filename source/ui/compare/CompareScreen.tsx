import {compareLines, type CompareRowsInput} from './compare-lines.js';
import {Frame} from '../kit/Frame.js';

export function CompareScreen(props: CompareRowsInput) {
	return <Frame lines={compareLines(props)} size={props.size} />;
}
